package org.realtycrm.it.support;

import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A sender of inbound leads (a website, a portal) as docs/api.md describes one: it signs each delivery with its
 * intake source's secret. Written from that description, not with the server's code.
 */
public record IntakeSender(String key, String secret) {

    public static final String INTAKE = "/api/v1/intake/leads";

    /** Signs the body now and sends it. */
    public Response deliver(byte[] body) {
        long now = Instant.now().getEpochSecond();
        return deliver(now, sign(secret, now, body), body);
    }

    /** Sends the body with this timestamp and signature header, whatever they are. */
    public Response deliver(long timestamp, String signature, byte[] body) {
        return Api.anonymous().withHeader("X-Intake-Key", key)
                .withHeader("X-Intake-Timestamp", Long.toString(timestamp))
                .withHeader("X-Intake-Signature", signature)
                .sendBody("POST", INTAKE, "application/json", BodyPublishers.ofByteArray(body));
    }

    /** HMAC-SHA256 under the secret of "<timestamp>.<body>", as sha256=<hex>. */
    public static String sign(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
