package org.realtycrm.task.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.realtycrm.platform.entity.Tracked;
import org.realtycrm.platform.sealing.SealedText;

/**
 * An agent's private calendar feed: a secret address that Google Calendar, Outlook or a phone subscribes to, with
 * no sign-in (calendar apps have none to give). The secret is the capability, so it is long and random, found by its
 * hash, and revoked by replacing or removing the feed; it is also kept sealed so that its agent can copy the address
 * again onto another device.
 */
@Entity
@Table(name = "calendar_feeds")
public class CalendarFeed extends Tracked {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** 32 random bytes in hex: what a feed's address ends with. */
    private static final Pattern SECRET_SHAPE = Pattern.compile("[0-9a-f]{64}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, unique = true, updatable = false)
    private long userId;

    @Column(name = "secret_hash", nullable = false, unique = true, length = 64)
    private String secretHash;

    @Convert(converter = SealedText.class)
    @Column(nullable = false, columnDefinition = "text")
    private String secret;

    protected CalendarFeed() {
        // for JPA
    }

    public CalendarFeed(long userId) {
        this.userId = userId;
        renew();
    }

    /** A new secret: the old address answers nothing from now on. */
    public void renew() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        secret = HexFormat.of().formatHex(bytes);
        secretHash = hash(secret);
    }

    /** Whether a secret from an address is shaped like ours, before it is looked up. */
    public static boolean wellFormed(String candidate) {
        return candidate != null && SECRET_SHAPE.matcher(candidate).matches();
    }

    /** What a feed is found by: a secret's SHA-256, in hex. */
    public static String hash(String secret) {
        Objects.requireNonNull(secret, "secret");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public String getSecret() {
        return secret;
    }
}
