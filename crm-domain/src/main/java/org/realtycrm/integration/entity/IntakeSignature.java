package org.realtycrm.integration.entity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.realtycrm.platform.problem.UnauthenticatedException;

/**
 * How an inbound delivery is signed: {@code X-Intake-Signature: sha256=<hex>}, the HMAC-SHA256 under the source's
 * secret of the timestamp ({@code X-Intake-Timestamp}, Unix seconds), a full stop, and the body's bytes as sent.
 * The timestamp is inside the signature, so a delivery cannot be replayed later with a new one; a delivery older or
 * newer than {@link #TOLERANCE} is refused, and a repeat within it is recognised by its signature.
 */
public final class IntakeSignature {

    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final String PREFIX = "sha256=";
    private static final Pattern UNIX_SECONDS = Pattern.compile("\\d{1,12}");

    private IntakeSignature() {
    }

    /** The header value for a body sent at {@code timestamp} (what a sender computes). */
    public static String sign(String secret, long timestamp, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(mac(secret, Long.toString(timestamp), body));
    }

    /**
     * @return the signature's hex digits, which identify this delivery among its source's
     * @throws UnauthenticatedException naming what is wrong, but never what the right signature would be
     */
    public static String verify(String secret, String timestampHeader, String signatureHeader, byte[] body,
            Instant now) {
        if (timestampHeader == null || signatureHeader == null) {
            throw new UnauthenticatedException("a delivery needs the X-Intake-Key, X-Intake-Timestamp and "
                    + "X-Intake-Signature headers");
        }
        // the digits as sent are what was signed: no sign, no spaces, and few enough that the sums below cannot overflow
        if (!UNIX_SECONDS.matcher(timestampHeader).matches()) {
            throw new UnauthenticatedException("X-Intake-Timestamp must be Unix seconds: digits only, "
                    + "at most 12 (seconds, not milliseconds)");
        }
        long timestamp = Long.parseLong(timestampHeader);
        if (Math.abs(now.getEpochSecond() - timestamp) > TOLERANCE.toSeconds()) {
            throw new UnauthenticatedException("X-Intake-Timestamp is more than " + TOLERANCE.toMinutes()
                    + " minutes from the server's clock: sign each delivery when it is sent");
        }
        String given = signatureHeader.strip();
        byte[] expected = mac(secret, timestampHeader, body);
        byte[] presented;
        try {
            presented = given.startsWith(PREFIX) ? HexFormat.of().parseHex(given.substring(PREFIX.length())) : null;
        } catch (IllegalArgumentException e) {
            presented = null;
        }
        // compared in constant time, so that the answer's timing says nothing about how much of it was right
        if (presented == null || !MessageDigest.isEqual(expected, presented)) {
            throw new UnauthenticatedException("the signature does not match the body: sign \"<timestamp>.<body>\" "
                    + "with HMAC-SHA256 under the source's secret, as sha256=<hex>");
        }
        return HexFormat.of().formatHex(expected);
    }

    private static byte[] mac(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
