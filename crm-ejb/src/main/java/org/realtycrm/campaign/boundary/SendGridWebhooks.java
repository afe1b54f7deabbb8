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

import org.realtycrm.campaign.control.InboundParseForm;
import org.realtycrm.campaign.control.IncomingMails;
import org.realtycrm.campaign.control.MailEvents;
import org.realtycrm.campaign.control.SendGridSignatures;
import org.realtycrm.campaign.control.SendGridSignatures.Webhook;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * What SendGrid's webhooks tell the product: the Event Webhook, of its mail (delivered, opened, clicked, bounced,
 * reported as spam, unsubscribed); the Inbound Parse webhook, the emails people send to our reply address. Open to
 * callers without a user (SendGrid has none), so each request must carry SendGrid's signature of itself, fresh, made
 * with that webhook's own key ({@link SendGridSignatures}); a forged or stale one changes nothing.
 */
@Stateless
@PermitAll
public class SendGridWebhooks {

    /** What a delivery brought: events new to us, and events seen before (SendGrid delivering again). */
    public record Taken(int taken, int repeated) {
    }

    @Inject
    SendGridSignatures signatures;

    @Inject
    MailEvents events;

    @Inject
    IncomingMails mails;

    /** @param body the request's bytes as they came (the signature covers them exactly) */
    public Taken eventsReported(String timestamp, String signature, byte[] body) {
        signatures.verify(Webhook.EVENTS, timestamp, signature, body);
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

    /**
     * An email reached our reply address: verified over the raw bytes first, then read as the form they are.
     *
     * @param contentType the request's, whose boundary the form needs
     * @param body        the request's bytes as they came (the signature covers them exactly)
     * @return whether it was new; false for an email taken in before (SendGrid delivering it again)
     */
    public boolean mailReceived(String timestamp, String signature, String contentType, byte[] body) {
        signatures.verify(Webhook.INBOUND_PARSE, timestamp, signature, body);
        return mails.take(InboundParseForm.read(body, contentType)).isPresent();
    }
}
