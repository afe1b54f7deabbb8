package org.realtycrm.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;

import jakarta.json.JsonObject;

/**
 * The calls the website's nodes make to the client portal for visitors who are not signed in (docs/portal.md): signed
 * as the website's intake source, with the key and secret provision.sh made for the tests' domain.
 */
public final class WebsiteCalls {

    private WebsiteCalls() {
    }

    public static IntakeSender website() {
        return new IntakeSender(secret("site-intake-key"), secret("site-intake-secret"));
    }

    /** {@code POST /api/v1/portal/<door>} signed by {@code sender}. */
    public static Response call(IntakeSender sender, String door, JsonObject body) {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        long now = Instant.now().getEpochSecond();
        return Api.anonymous().withHeader("X-Intake-Key", sender.key())
                .withHeader("X-Intake-Timestamp", Long.toString(now))
                .withHeader("X-Intake-Signature", IntakeSender.sign(sender.secret(), now, bytes))
                .sendBody("POST", "/api/v1/portal/" + door, "application/json", BodyPublishers.ofByteArray(bytes));
    }

    public static Response call(String door, JsonObject body) {
        return call(website(), door, body);
    }

    private static String secret(String name) {
        try {
            return Files.readString(ItProperties.secretsDir().resolve(name)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
