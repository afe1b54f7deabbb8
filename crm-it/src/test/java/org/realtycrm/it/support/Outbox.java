package org.realtycrm.it.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

/** The outbox as an admin reads it: the messages to one address, waited for, with their bodies. */
public final class Outbox {

    public static final String OUTBOX = "/api/v1/outbox";
    private static final Pattern TOKEN = Pattern.compile("token=([0-9a-f]{64})");

    private Outbox() {
    }

    /** The newest messages to {@code address} of {@code category}, newest first, without bodies. */
    public static List<JsonObject> to(String address, String category) {
        return Accounts.admin().get(OUTBOX + Query.of("size", "100")).expect(200).items().stream()
                .filter(mail -> address.equals(mail.getString("to", null)))
                .filter(mail -> category.equals(mail.getString("category", null)))
                .toList();
    }

    /** Waits (up to a minute) until there are {@code count} such messages; answers the newest, with its bodies. */
    public static JsonObject await(String address, String category, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline)) {
            List<JsonObject> found = to(address, category);
            if (found.size() >= count) {
                return Accounts.admin().get(OUTBOX + "/" + found.get(0).getJsonNumber("id").longValue())
                        .expect(200).json();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no " + count + " " + category + " mail to " + address + " in the outbox: "
                + to(address, category));
    }

    /** The 64-hex-digit token of the first {@code token=} link in the message's text. */
    public static String token(JsonObject mail) {
        return linkToken(mail.getString("textBody")).orElseThrow(() -> new AssertionError("no link with a token in "
                + mail.getString("textBody")));
    }

    public static Optional<String> linkToken(String text) {
        Matcher link = TOKEN.matcher(text);
        return link.find() ? Optional.of(link.group(1)) : Optional.empty();
    }
}
