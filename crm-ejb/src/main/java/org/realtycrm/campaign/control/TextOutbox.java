package org.realtycrm.campaign.control;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.realtycrm.campaign.entity.Channel;
import org.realtycrm.campaign.entity.GateVerdict;
import org.realtycrm.campaign.entity.InboundText;
import org.realtycrm.campaign.entity.OutboxText;
import org.realtycrm.campaign.entity.OutgoingText;
import org.realtycrm.campaign.entity.Recipient;
import org.realtycrm.campaign.entity.SendPurpose;
import org.realtycrm.campaign.entity.TextCategory;

/**
 * How the product sends texts: every text passes the {@link ComplianceGate} first, then is recorded in the outbox,
 * handed to the configured {@link TextMessenger}, and the answer recorded. A text the gate refuses is recorded as
 * refused, with its reasons, and goes nowhere. The idempotency key makes a send safe to repeat: the same key again
 * is answered with the first record, and neither asks the gate nor sends again.
 *
 * <p>The one way past the gate is {@link #replyTo}: the confirmation an opt-out or opt-in gets and the answer to
 * HELP, which the rules allow to a number that just opted out, once per message received.
 */
@ApplicationScoped
public class TextOutbox {

    private static final Logger LOG = Logger.getLogger(TextOutbox.class.getName());

    /** What the gate may be passed by: a reply to a keyword the recipient sent. */
    private static final Set<String> REPLIES = Set.of(TextCategory.OPT_OUT_CONFIRMATION,
            TextCategory.OPT_IN_CONFIRMATION, TextCategory.HELP);

    /** A text asked for: the message, what kind, the lead it belongs to and who sends it (null: the system). */
    public record TextRequest(OutgoingText text, String category, Recipient recipient, SendPurpose purpose,
            Long leadId, Long sentBy) {

        public TextRequest {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(purpose, "purpose");
            if (!recipient.phone().equals(text.to())) {
                throw new IllegalArgumentException("the gate is asked about the number the text goes to");
            }
        }
    }

    /**
     * The text's record, the gate's verdict when this call asked it (empty for a repeated key), and whether this
     * call recorded it.
     */
    public record Outcome(OutboxText text, Optional<GateVerdict> verdict, boolean isNew) {
    }

    @Inject
    TextMessenger messenger;

    @Inject
    TextLedger ledger;

    @Inject
    ComplianceGate gate;

    @Inject
    TextOptOuts optOuts;

    @Inject
    MarketingTurns turns;

    /**
     * Asks the gate, then records and sends the text, once per idempotency key. Outside the caller's transaction
     * (each step commits its own): the provider's answer may take seconds, and the caller's rollback cannot undo the
     * record of a text that went out.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Outcome send(TextRequest request) {
        Optional<OutboxText> earlier = ledger.byKey(request.text().idempotencyKey());
        if (earlier.isPresent()) {
            return new Outcome(earlier.get(), Optional.empty(), false);
        }
        // marketing counts against the number's cap: counted and recorded in the number's turn
        Gated gated = request.purpose() == SendPurpose.MARKETING
                ? turns.taking(request.recipient().phone(), () -> gateAndRecord(request))
                : gateAndRecord(request);
        TextLedger.Recorded recorded = gated.recorded();
        if (!recorded.isNew() || !gated.verdict().allowed()) {
            return new Outcome(recorded.text(), Optional.of(gated.verdict()), recorded.isNew());
        }
        return new Outcome(deliver(recorded.text()), Optional.of(gated.verdict()), true);
    }

    /** The gate's verdict on a text and its record in the outbox, allowed or refused. */
    private record Gated(GateVerdict verdict, TextLedger.Recorded recorded) {
    }

    private Gated gateAndRecord(TextRequest request) {
        GateVerdict verdict = gate.check(request.recipient(), Channel.SMS, request.purpose());
        OutboxText asked = verdict.allowed()
                ? OutboxText.record(request.text(), request.category(), request.leadId(), request.sentBy(),
                        messenger.provider())
                : OutboxText.refused(request.text(), request.category(), request.leadId(), request.sentBy(),
                        messenger.provider(), verdict.refusalsJson());
        return new Gated(verdict, record(asked));
    }

    /**
     * Answers a keyword someone texted us (the opt-out's confirmation, the opt-in's, HELP's answer): once per
     * message received, past the gate, which would refuse a number that just opted out.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    OutboxText replyTo(InboundText received, String category, String body) {
        if (!REPLIES.contains(category)) {
            throw new IllegalArgumentException(category + " is not a reply the gate lets pass");
        }
        OutgoingText reply = new OutgoingText(received.getFromPhone(), body, "reply:" + received.getMessageSid());
        TextLedger.Recorded recorded = record(OutboxText.record(reply, category, received.getLeadId(), null,
                messenger.provider()));
        return recorded.isNew() ? deliver(recorded.text()) : recorded.text();
    }

    private TextLedger.Recorded record(OutboxText text) {
        try {
            return ledger.record(text);
        } catch (RuntimeException e) {
            // the same key recorded by a concurrent call between our look-up and our insert: theirs is the text
            Optional<OutboxText> theirs;
            try {
                theirs = ledger.byKey(text.getIdempotencyKey());
            } catch (RuntimeException lookUp) {
                e.addSuppressed(lookUp);
                throw e;
            }
            return new TextLedger.Recorded(theirs.orElseThrow(() -> e), false);
        }
    }

    private OutboxText deliver(OutboxText recorded) {
        Delivery delivery;
        try {
            delivery = messenger.send(recorded.getId(), recorded.outgoing());
        } catch (RuntimeException e) {
            // an adapter answers the provider's failures itself; this is a bug, which sending again would repeat
            LOG.log(Level.SEVERE, "outbox text " + recorded.getId() + ": " + messenger.provider() + " failed", e);
            delivery = Delivery.refused(messenger.provider() + " failed unexpectedly (" + e.getClass().getSimpleName()
                    + "); see the server log");
        }
        if (delivery.outcome() == Delivery.Outcome.KEPT && !recorded.awaitsDelivery()) {
            return recorded;
        }
        OutboxText answered = ledger.delivered(recorded.getId(), messenger.provider(), delivery);
        if (delivery.recipientOptedOut()) {
            // the carrier holds an opt-out we did not: ours must hold it too, or the gate would keep letting it by
            optOuts.carrierOptOut(recorded.getToPhone(), "Twilio refused outbox text " + recorded.getId()
                    + ": the number had replied STOP to our sender", recorded.getLeadId());
        }
        return answered;
    }
}
