package org.realtycrm.campaign.control;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.realtycrm.campaign.entity.OutboxMail;
import org.realtycrm.campaign.entity.OutgoingMail;
import org.realtycrm.platform.problem.ConflictException;

/**
 * How the product sends mail: the message is recorded in the outbox, handed to the configured {@link Mailer}, and
 * the answer recorded. The idempotency key makes a send safe to repeat: the same key again (a retried request, a
 * job's chunk run twice) is answered with the first record and sends nothing, even when both calls come at once.
 *
 * <p>A provider's refusal or absence is not an exception: the record answered says how it went ({@code status},
 * {@code error}, {@code retryable}). Between recording and the answer, a crash leaves the record {@code RECORDED}
 * under a sending provider: whether that message went out is then unknown.
 */
@ApplicationScoped
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

    @Inject
    Mailer mailer;

    @Inject
    OutboxLedger ledger;

    /**
     * Records and sends one message, once per idempotency key; answers its record. Outside the caller's transaction
     * (each step commits its own): the provider's answer may take seconds, during which no connection or row lock
     * of the caller's is held, and the caller's rollback cannot undo the record of a message that went out.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public OutboxMail send(OutgoingMail mail) {
        OutboxLedger.Recorded recorded = record(mail);
        if (!recorded.isNew()) {
            LOG.fine(() -> "idempotency key " + mail.idempotencyKey() + " was sent before as outbox mail "
                    + recorded.mail().getId() + ": not sent again");
            return recorded.mail();
        }
        return deliver(recorded.mail(), mail);
    }

    /**
     * Hands a failure marked retryable to the configured provider again (for the campaigns' queue, which makes sure
     * one server does so at a time).
     *
     * @throws ConflictException when the message was sent, refused for good or only kept
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public OutboxMail retry(long id) {
        OutboxMail failed = ledger.find(id);
        if (!failed.mayRetry()) {
            throw new ConflictException("outbox mail " + id + " is " + failed.getStatus() + " through "
                    + failed.getProvider() + ": only a failure marked retryable is attempted again");
        }
        return deliver(failed, failed.outgoing());
    }

    private OutboxLedger.Recorded record(OutgoingMail mail) {
        try {
            return ledger.record(mail, mailer.provider());
        } catch (RuntimeException e) {
            // the same key recorded by a concurrent call between our look-up and our insert: theirs is the message
            Optional<OutboxMail> theirs;
            try {
                theirs = ledger.byKey(mail.idempotencyKey());
            } catch (RuntimeException lookUp) {
                e.addSuppressed(lookUp); // the database itself failed: the first error says why
                throw e;
            }
            if (theirs.isPresent()) {
                return new OutboxLedger.Recorded(theirs.get(), false);
            }
            throw e;
        }
    }

    private OutboxMail deliver(OutboxMail recorded, OutgoingMail mail) {
        Delivery delivery;
        try {
            delivery = mailer.send(recorded.getId(), mail);
        } catch (RuntimeException e) {
            // an adapter answers the provider's failures itself; this is a bug, which sending again would repeat
            LOG.log(Level.SEVERE, "outbox mail " + recorded.getId() + ": " + mailer.provider() + " failed", e);
            delivery = Delivery.refused(mailer.provider() + " failed unexpectedly (" + e.getClass().getSimpleName()
                    + "); see the server log");
        }
        if (delivery.outcome() == Delivery.Outcome.KEPT && !recorded.awaitsDelivery()) {
            return recorded; // the outbox's own record: kept from the start, nothing to write
        }
        return ledger.delivered(recorded.getId(), mailer.provider(), delivery);
    }
}
