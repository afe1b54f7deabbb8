package org.realtycrm.integration.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.realtycrm.platform.entity.Tracked;

/**
 * An integrator that reads our listings over the RESO Web API: a portal, another website, a data partner. It signs
 * in with the OAuth2 client-credentials grant, sending the client id and secret an admin issued it. The secret is
 * made here and handed out only when made ({@link #issue}, {@link #rotateSecret}); only its SHA-256 is kept, since
 * the server needs only to compare it. 256 random bits need no slow hash: nobody can guess their way back to them.
 */
@Entity
@Table(name = "api_clients")
public class ApiClient extends Tracked {

    public static final int MAX_NAME = 100;
    private static final Pattern CLIENT_ID_SHAPE = Pattern.compile("rc_[0-9a-f]{24}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "client_id", nullable = false, updatable = false, length = 40)
    private String clientId;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    private boolean active = true;

    @Column(name = "last_token_at")
    private Instant lastTokenAt;

    @Column(name = "created_by_id", nullable = false, updatable = false)
    private long createdById;

    protected ApiClient() {
        // for JPA
    }

    /** A new client and its secret, which is not handed out again. */
    public record Issued(ApiClient client, String secret) {

        /** Without the secret, should it ever be logged. */
        @Override
        public String toString() {
            return "Issued[client=" + client.getClientId() + "]";
        }
    }

    public static Issued issue(String name, long createdById) {
        ApiClient client = new ApiClient();
        client.name = Issuing.required("name", name, MAX_NAME);
        client.clientId = "rc_" + Issuing.randomHex(12);
        client.createdById = createdById;
        return new Issued(client, client.rotateSecret());
    }


    /** A new secret; the old one is refused from now on. */
    public String rotateSecret() {
        String secret = "rcs_" + Issuing.randomHex(32);
        secretHash = hash(secret);
        return secret;
    }

    /** Whether a presented client id is shaped like ours, before it is looked up. */
    public static boolean wellFormedClientId(String presented) {
        return presented != null && CLIENT_ID_SHAPE.matcher(presented).matches();
    }

    /** Whether this active client's secret is the one presented (compared in constant time). */
    public boolean accepts(String presentedSecret) {
        if (!active || presentedSecret == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(presentedSecret).getBytes(StandardCharsets.US_ASCII),
                secretHash.getBytes(StandardCharsets.US_ASCII));
    }

    public void deactivate() {
        active = false;
    }

    private static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }


    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getClientId() {
        return clientId;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getLastTokenAt() {
        return lastTokenAt;
    }

    public long getCreatedById() {
        return createdById;
    }
}
