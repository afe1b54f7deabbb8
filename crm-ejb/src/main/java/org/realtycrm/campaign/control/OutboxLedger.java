package org.realtycrm.campaign.control;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.realtycrm.campaign.entity.MailProvider;
import org.realtycrm.campaign.entity.OutboxMail;
import org.realtycrm.campaign.entity.OutboxMailRepository;
import org.realtycrm.campaign.entity.OutgoingMail;
import org.realtycrm.platform.problem.RecordNotFoundException;

/**
 * The outbox's records, each change committed at once, outside the caller's transaction: a message is on record
 * before any provider sees it, and the provider's answer is on record as soon as it comes, whatever becomes of the
 * caller's work afterwards (a message that went out stays recorded as sent even if the caller then rolls back).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OutboxLedger {

    /** A message's record, and whether this call made it (false: its key was recorded before). */
    public record Recorded(OutboxMail mail, boolean isNew) {
    }

    @Inject
    OutboxMailRepository mails;

    Clock clock = Clock.systemUTC();

    /**
     * Records the message, or answers the record its idempotency key already has.
     *
     * @throws jakarta.persistence.PersistenceException when the same key was recorded meanwhile by another call
     */
    public Recorded record(OutgoingMail mail, MailProvider provider) {
        Optional<OutboxMail> earlier = mails.findByIdempotencyKey(mail.idempotencyKey());
        if (earlier.isPresent()) {
            return new Recorded(earlier.get(), false);
        }
        return new Recorded(mails.add(OutboxMail.record(mail, provider)), true);
    }

    public Optional<OutboxMail> byKey(String idempotencyKey) {
        return mails.findByIdempotencyKey(idempotencyKey);
    }

    public OutboxMail find(long id) {
        return mails.find(id).orElseThrow(() -> new RecordNotFoundException("outbox mail", id));
    }

    /** Records what {@code by} answered. */
    public OutboxMail delivered(long id, MailProvider by, Delivery delivery) {
        OutboxMail mail = find(id);
        switch (delivery.outcome()) {
            case KEPT -> mail.kept();
            case SENT -> mail.sent(by, delivery.messageId(), clock.instant());
            case FAILED -> mail.failed(by, delivery.error(), delivery.retryable());
        }
        return mail;
    }
}
