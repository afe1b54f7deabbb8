package org.realtycrm.campaign.boundary;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.campaign.control.Delivery;
import org.realtycrm.campaign.control.IncomingTexts;
import org.realtycrm.campaign.control.TextLedger;
import org.realtycrm.campaign.control.TextOptOuts;
import org.realtycrm.campaign.control.TwilioSignatures;
import org.realtycrm.campaign.entity.InboundText;
import org.realtycrm.campaign.entity.OutboxText;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * What Twilio tells the product: a text one of its numbers received, and how a text it sent fared. Open to callers
 * without a user (Twilio has none), so each request must carry Twilio's signature of itself
 * ({@link TwilioSignatures}); a forged one changes nothing.
 */
@Stateless
@PermitAll
public class TwilioWebhooks {

    private static final Logger LOG = Logger.getLogger(TwilioWebhooks.class.getName());

    @Inject
    TwilioSignatures signatures;

    @Inject
    IncomingTexts incoming;

    @Inject
    TextLedger ledger;

    @Inject
    TextOptOuts optOuts;

    @Inject
    ActivityRecorder activities;

    /**
     * A text came in: taken in once per message SID (a replayed request is refused with a conflict).
     *
     * @param pathAndQuery the request's path (and query), which Twilio signed with the public base URL
     */
    public InboundText messageReceived(String pathAndQuery, Map<String, String> parameters, String signature) {
        signatures.verify(pathAndQuery, parameters, signature);
        return incoming.take(parameters);
    }

    /**
     * A text's status changed at the carrier. The text is the one its callback URL names ({@code outboxText}, signed
     * with the URL), else the one with Twilio's message SID; a report of no text of ours is ignored. A report that
     * arrives late or again changes nothing; an undelivered text goes on its lead's timeline; Twilio's 21610 means
     * the number opted out with the carrier, which the company's own list then holds too.
     *
     * @param outboxText the callback URL's {@code outboxText}, if it had one
     */
    public void statusReported(String pathAndQuery, Map<String, String> parameters, String signature,
            Long outboxText) {
        signatures.verify(pathAndQuery, parameters, signature);
        String sid = parameters.get("MessageSid");
        if (sid == null || sid.isBlank()) {
            throw new InvalidInputException("MessageSid", "must be given");
        }
        String status = parameters.get("MessageStatus");
        String code = Optional.ofNullable(parameters.get("ErrorCode")).map(String::strip).orElse(null);
        Optional<OutboxText> reported = outboxText != null ? ledger.findIfAny(outboxText)
                : ledger.byProviderMessageId(sid.strip());
        if (reported.isEmpty()) {
            LOG.info(() -> "a status report of message " + sid.strip() + " names no text of ours: ignored");
            return;
        }
        OutboxText text = reported.get();
        if (!ledger.carrierReported(text.getId(), status, code)) {
            return; // late or repeated: what it says is on record already, and acted on
        }
        if (text.getLeadId() != null && ("undelivered".equalsIgnoreCase(status) || "failed".equalsIgnoreCase(status))) {
            activities.record(null, SubjectType.LEAD, text.getLeadId(), ActivityAction.TEXT_UNDELIVERED,
                    "Text not delivered: " + status.strip().toLowerCase(Locale.ROOT) + (code == null ? ""
                            : " (Twilio error " + code + ")"), Map.of());
        }
        if (Delivery.TWILIO_UNSUBSCRIBED.equals(code)) {
            optOuts.carrierOptOut(text.getToPhone(), "Twilio reported outbox text " + text.getId()
                    + " undelivered: the number had replied STOP to our sender (21610)", text.getLeadId());
        }
    }
}
