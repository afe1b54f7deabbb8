package org.realtycrm.campaign.boundary;

import java.io.ByteArrayInputStream;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import org.realtycrm.campaign.control.MailEvents;
import org.realtycrm.campaign.control.SendGridEventSignatures;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * What SendGrid's Event Webhook tells the product of its mail: delivered, opened, clicked, bounced, reported as spam,
 * unsubscribed. Open to callers without a user (SendGrid has none), so each request must carry SendGrid's signature
 * of itself, fresh ({@link SendGridEventSignatures}); a forged or stale one changes nothing.
 */
@Stateless
@PermitAll
public class SendGridWebhooks {

    /** What a delivery brought: events new to us, and events seen before (SendGrid delivering again). */
    public record Taken(int taken, int repeated) {
    }

    @Inject
    SendGridEventSignatures signatures;

    @Inject
    MailEvents events;

    /** @param body the request's bytes as they came (the signature covers them exactly) */
    public Taken eventsReported(String timestamp, String signature, byte[] body) {
        signatures.verify(timestamp, signature, body);
        JsonValue parsed;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            parsed = reader.readValue();
        } catch (JsonException e) {
            throw new InvalidInputException("body", "is not JSON: " + e.getMessage());
        }
        if (parsed.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidInputException("body", "must be a JSON array of events");
        }
        JsonArray reported = (JsonArray) parsed;
        int taken = events.take(reported);
        return new Taken(taken, reported.size() - taken);
    }
}
