package org.realtycrm.portal.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A link we email a client: its token is 256 random bits, handed out once ({@link #issue}); only its SHA-256 is
 * kept, so the table cannot be read back into working links. A link opens once, before it expires.
 */
@Entity
@Table(name = "client_links")
public class ClientLink {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN_SHAPE = Pattern.compile("[0-9a-f]{64}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 8)
    private LinkPurpose purpose;

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    @Column(name = "password_hash", updatable = false, length = 512)
    private String passwordHash;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ClientLink() {
        // for JPA
    }

    /** A new link and the token that opens it, which is not kept. */
    public record Issued(ClientLink link, String token) {

        @Override
        public String toString() {
            return "Issued[" + link.purpose + " for user " + link.userId + "]";
        }
    }

    public static Issued issue(long userId, LinkPurpose purpose, Instant now) {
        return issue(userId, purpose, now, null);
    }

    /**
     * @param passwordHash the password the link sets when it is opened (a sign-up's, to confirm); null: none, the
     *                     client chooses one when they open it (an invitation)
     */
    public static Issued issue(long userId, LinkPurpose purpose, Instant now, String passwordHash) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        ClientLink link = new ClientLink();
        link.userId = userId;
        link.purpose = purpose;
        link.tokenHash = hash(token);
        link.passwordHash = passwordHash;
        link.createdAt = now;
        link.expiresAt = now.plus(purpose.lifetime());
        return new Issued(link, token);
    }

    /** Whether a presented token is shaped like ours, before it is looked up. */
    public static boolean wellFormed(String token) {
        return token != null && TOKEN_SHAPE.matcher(token).matches();
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether the link still opens: not used, not expired. */
    public boolean opensAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Opens the link; it does not open again. */
    public void use(Instant now) {
        if (!opensAt(now)) {
            throw new IllegalStateException("link " + id + " was used or has expired");
        }
        usedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    /** The password the link sets when it is opened; null for none. */
    public String getPasswordHash() {
        return passwordHash;
    }

    public LinkPurpose getPurpose() {
        return purpose;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
