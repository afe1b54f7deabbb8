package org.realtycrm.integration.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.realtycrm.lead.entity.Lead;
import org.realtycrm.platform.entity.Tracked;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.sealing.SealedText;

/**
 * Where inbound leads come from: the brokerage's website, a portal's lead feed, another integrator. Each delivery
 * names the source by its key and is signed with its secret ({@link IntakeSignature}). The secret is made here and
 * handed out only when it is made ({@link #issue}, {@link #rotateSecret}), for the admin to pass on; it is stored
 * sealed, because the server needs it back to check signatures ({@link #verify}), so it cannot be hashed.
 */
@Entity
@Table(name = "intake_sources")
public class IntakeSource extends Tracked {

    public static final int MAX_NAME = 100;
    private static final Pattern KEY_SHAPE = Pattern.compile("in_[0-9a-f]{24}");
    private static final Pattern SECRET_SHAPE = Pattern.compile("whsec_[0-9a-f]{64}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "key_id", nullable = false, updatable = false, length = 40)
    private String keyId;

    @Convert(converter = SealedText.class)
    @Column(nullable = false)
    private String secret;

    @Column(name = "lead_source", nullable = false, length = MAX_NAME)
    private String leadSource;

    private boolean active = true;

    @Column(name = "created_by_id", nullable = false, updatable = false)
    private long createdById;

    protected IntakeSource() {
        // for JPA
    }

    /** A new source and its secret, which is not handed out again. */
    public record Issued(IntakeSource source, String secret) {

        /** Without the secret, should it ever be logged. */
        @Override
        public String toString() {
            return "Issued[source=" + source.getKeyId() + "]";
        }
    }

    private IntakeSource(String name, String leadSource, long createdById) {
        this.name = Issuing.required("name", name, MAX_NAME);
        // its leads' source follows the rule of every lead's source, which is shorter than a name may be
        if (leadSource == null || leadSource.isBlank()) {
            if (this.name.length() > Lead.MAX_SOURCE_LENGTH) {
                throw new InvalidInputException("leadSource", "is needed when the name is longer than "
                        + Lead.MAX_SOURCE_LENGTH + " characters: its leads' source can be at most that");
            }
            this.leadSource = this.name;
        } else {
            this.leadSource = Issuing.required("leadSource", leadSource, Lead.MAX_SOURCE_LENGTH);
        }
        this.keyId = "in_" + Issuing.randomHex(12);
        this.secret = newSecret();
        this.createdById = createdById;
    }

    /**
     * A source whose key and secret the installation chose (the brokerage's own website, whose nodes are given them
     * in their configuration), shaped like those made here: {@code in_} and 24, {@code whsec_} and 64 hex digits.
     */
    public static IntakeSource configured(String name, String leadSource, String keyId, String secret,
            long createdById) {
        if (keyId == null || !wellFormedKey(keyId)) {
            throw new InvalidInputException("key", "must be in_ followed by 24 lower-case hex digits");
        }
        IntakeSource source = new IntakeSource(name, leadSource, createdById);
        source.keyId = keyId;
        source.replaceSecret(secret);
        return source;
    }

    /**
     * @param leadSource the source its leads are given ("Website"); its name when blank
     */
    public static Issued issue(String name, String leadSource, long createdById) {
        IntakeSource source = new IntakeSource(name, leadSource, createdById);
        return new Issued(source, source.secret);
    }


    /** 256 random bits: as strong as the HMAC-SHA256 it keys. */
    private static String newSecret() {
        return "whsec_" + Issuing.randomHex(32);
    }


    /** Replaces the secret: deliveries signed with the old one are refused from now on. */
    public String rotateSecret() {
        secret = newSecret();
        return secret;
    }

    /**
     * Takes the secret the installation configured (see {@link #configured}).
     *
     * @return whether it differed from the one held
     */
    public boolean replaceSecret(String configuredSecret) {
        if (configuredSecret == null || !SECRET_SHAPE.matcher(configuredSecret).matches()) {
            throw new InvalidInputException("secret", "must be whsec_ followed by 64 lower-case hex digits");
        }
        boolean changed = !configuredSecret.equals(secret);
        secret = configuredSecret;
        return changed;
    }

    public void deactivate() {
        active = false;
    }

    /** Whether a delivered key is shaped like ours, before it is looked up. */
    public static boolean wellFormedKey(String deliveredKeyId) {
        return KEY_SHAPE.matcher(deliveredKeyId).matches();
    }

    public boolean accepts(String deliveredKeyId) {
        return active && Objects.equals(keyId, deliveredKeyId);
    }

    /**
     * Checks a delivery's signature under this source's secret ({@link IntakeSignature#verify}).
     *
     * @return the signature's hex digits, which identify the delivery among this source's
     */
    public String verify(String timestampHeader, String signatureHeader, byte[] body, Instant now) {
        return IntakeSignature.verify(secret, timestampHeader, signatureHeader, body, now);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getKeyId() {
        return keyId;
    }

    public String getLeadSource() {
        return leadSource;
    }

    public boolean isActive() {
        return active;
    }

    public long getCreatedById() {
        return createdById;
    }
}
