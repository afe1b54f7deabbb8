package org.realtycrm.campaign.boundary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import org.realtycrm.campaign.control.InboundMailReads;
import org.realtycrm.campaign.control.InboundParseForm;
import org.realtycrm.campaign.control.IncomingMails;
import org.realtycrm.campaign.control.MailEvents;
import org.realtycrm.campaign.control.SendGridSignatures;
import org.realtycrm.campaign.control.SendGridSignatures.Webhook;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.TooLargeException;

/**
 * What SendGrid's webhooks tell the product: the Event Webhook, of its mail (delivered, opened, clicked, bounced,
 * reported as spam, unsubscribed); the Inbound Parse webhook, the emails people send to our reply address. Open to
 * callers without a user (SendGrid has none), so each request must carry SendGrid's signature of itself, fresh, made
 * with that webhook's own key ({@link SendGridSignatures}); a forged or stale one changes nothing. What the headers
 * tell (no key here, no signature, a stale timestamp, a length over the limit) is refused before the body is read.
 */
@Stateless
@PermitAll
public class SendGridWebhooks {

    /** SendGrid posts batches of events (about 1,000 at most): far under this. */
    static final int MAX_EVENT_BYTES = 4 * 1024 * 1024;
    /** SendGrid's Inbound Parse takes emails of up to 30 MB, attachments included, and posts them whole. */
    static final int MAX_MAIL_BYTES = 32 * 1024 * 1024;

    /** What a delivery brought: events new to us, and events seen before (SendGrid delivering again). */
    public record Taken(int taken, int repeated) {
    }

    /** Each webhook's key, the most it takes, and what its messages call one of its requests. */
    private enum Intake {
        EVENTS(Webhook.EVENTS, MAX_EVENT_BYTES, "an Event Webhook request"),
        MAIL(Webhook.INBOUND_PARSE, MAX_MAIL_BYTES, "an Inbound Parse request");

        private final Webhook webhook;
        private final int maxBytes;
        private final String what;

        Intake(Webhook webhook, int maxBytes, String what) {
            this.webhook = webhook;
            this.maxBytes = maxBytes;
            this.what = what;
        }

        TooLargeException tooLarge() {
            return new TooLargeException(what + " is at most " + maxBytes / (1024 * 1024) + " MiB");
        }
    }

    @Inject
    SendGridSignatures signatures;

    @Inject
    InboundMailReads reads;

    @Inject
    MailEvents events;

    @Inject
    IncomingMails mails;

    /**
     * @param contentLength the request's {@code Content-Length}; null when it has none (chunked)
     * @param body          the request's bytes as they come (the signature covers them exactly), read only when the
     *                      headers pass
     */
    public Taken eventsReported(String timestamp, String signature, Long contentLength, InputStream body)
            throws IOException {
        admit(Intake.EVENTS, timestamp, signature, contentLength);
        byte[] bytes = verified(Intake.EVENTS, timestamp, signature, body);
        JsonValue parsed;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
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
     * An email reached our reply address: its headers checked first, then, in one of this server's few turns
     * ({@link InboundMailReads}), its body read, verified over the raw bytes, and read as the form they are.
     *
     * @param contentType   the request's, whose boundary the form needs
     * @param contentLength the request's {@code Content-Length}; null when it has none (chunked)
     * @param body          the request's bytes as they come (the signature covers them exactly), read only when the
     *                      headers pass
     * @return whether it was new; false for an email taken in before (SendGrid delivering it again)
     * @throws org.realtycrm.platform.problem.BusyException when no turn came free soon
     */
    public boolean mailReceived(String timestamp, String signature, String contentType, Long contentLength,
            InputStream body) throws IOException {
        admit(Intake.MAIL, timestamp, signature, contentLength);
        try (InboundMailReads.Turn turn = reads.await()) {
            byte[] bytes = verified(Intake.MAIL, timestamp, signature, body);
            return mails.take(InboundParseForm.read(bytes, contentType)).isPresent();
        }
    }

    /**
     * What is refused before a byte of the body is read, so that an unsigned request costs nothing: the webhook not
     * set up, a header missing, a stale timestamp (403), or a length over the limit (413).
     */
    private void admit(Intake intake, String timestamp, String signature, Long contentLength) {
        signatures.checkHeaders(intake.webhook, timestamp, signature);
        if (contentLength != null && contentLength > intake.maxBytes) {
            throw intake.tooLarge();
        }
    }

    /** The body's bytes as they came, refused beyond the limit (whatever the length said) or when forged. */
    private byte[] verified(Intake intake, String timestamp, String signature, InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(intake.maxBytes + 1);
        if (bytes.length > intake.maxBytes) {
            throw intake.tooLarge();
        }
        signatures.verify(intake.webhook, timestamp, signature, bytes);
        return bytes;
    }
}
