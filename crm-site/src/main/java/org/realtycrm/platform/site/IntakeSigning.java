package org.realtycrm.platform.site;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The website's signature on a call to the core that no signed-in person covers (a form's inquiry, a client's
 * sign-up or sign-in): signed as the website's intake source, as docs/api.md "Inbound leads" says of every sender.
 * {@code X-Intake-Signature} is {@code sha256=<hex HMAC-SHA256 under the secret of "<timestamp>.<body bytes>">}, and
 * the core takes a timestamp only within minutes of its own clock, so a signed call cannot be replayed later.
 */
public final class IntakeSigning {

    private IntakeSigning() {
    }

    /** The request with the key, the time it was signed and the signature of its body. */
    public static HttpRequest.Builder signed(HttpRequest.Builder request, String key, String secret, Instant at,
            byte[] body) {
        String timestamp = Long.toString(at.getEpochSecond());
        return request.header("X-Intake-Key", key)
                .header("X-Intake-Timestamp", timestamp)
                .header("X-Intake-Signature", "sha256=" + signature(secret, timestamp, body));
    }

    static String signature(String secret, String timestamp, byte[] body) {
        return HexFormat.of().formatHex(Hmac.sha256(secret.getBytes(StandardCharsets.UTF_8),
                (timestamp + ".").getBytes(StandardCharsets.US_ASCII), body));
    }
}
