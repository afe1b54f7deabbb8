package org.realtycrm.campaign.control;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.realtycrm.campaign.entity.OutboxText;
import org.realtycrm.campaign.entity.TextProvider;
import org.realtycrm.campaign.entity.TextStatus;
import org.realtycrm.platform.problem.RecordNotFoundException;

/**
 * The text outbox's records, each change committed at once, outside the caller's transaction: a text is on record
 * before any provider sees it, and the provider's answer as soon as it comes, whatever becomes of the caller's work
 * (a text that went out stays recorded as sent even if the caller then rolls back).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class TextLedger {

    /** A text's record, and whether this call made it (false: its key was recorded before). */
    public record Recorded(OutboxText text, boolean isNew) {
    }

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /**
     * Records the text (to be sent, or refused by the gate), or answers the record its idempotency key already has.
     *
     * @throws jakarta.persistence.PersistenceException when the same key was recorded meanwhile by another call
     */
    public Recorded record(OutboxText text) {
        Optional<OutboxText> earlier = byKey(text.getIdempotencyKey());
        if (earlier.isPresent()) {
            return new Recorded(earlier.get(), false);
        }
        em.persist(text);
        em.flush();
        return new Recorded(text, true);
    }

    public Optional<OutboxText> byKey(String idempotencyKey) {
        return em.createQuery("select t from OutboxText t where t.idempotencyKey = :key", OutboxText.class)
                .setParameter("key", idempotencyKey)
                .getResultStream().findFirst();
    }

    public OutboxText find(long id) {
        return findIfAny(id).orElseThrow(() -> new RecordNotFoundException("outbox text", id));
    }

    public Optional<OutboxText> findIfAny(long id) {
        return Optional.ofNullable(em.find(OutboxText.class, id));
    }

    /**
     * The text, its row locked to the end of this call's transaction: the provider's answer and the carrier's
     * reports may come at the same moment (Twilio can call back before the answer is recorded), and each must read
     * what the other wrote instead of failing on the version.
     */
    OutboxText locked(long id) {
        OutboxText text = em.find(OutboxText.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (text == null) {
            throw new RecordNotFoundException("outbox text", id);
        }
        return text;
    }

    /** Records what {@code by} answered. */
    public OutboxText delivered(long id, TextProvider by, Delivery delivery) {
        OutboxText text = locked(id);
        switch (delivery.outcome()) {
            case KEPT -> text.kept();
            case SENT -> text.sent(by, delivery.messageId(), clock.instant());
            case FAILED -> text.failed(by, delivery.error(), delivery.providerCode(), delivery.retryable());
        }
        return text;
    }

    /** The text Twilio knows by this message SID. */
    public Optional<OutboxText> byProviderMessageId(String messageSid) {
        return em.createQuery("select t from OutboxText t where t.providerMessageId = :sid", OutboxText.class)
                .setParameter("sid", messageSid)
                .getResultStream().findFirst();
    }

    /** Records the carrier's report on a text; false when it changed nothing (a late or repeated report). */
    public boolean carrierReported(long id, String status, String errorCode) {
        return locked(id).carrierReported(status, errorCode);
    }

    /**
     * How many texts of these categories went to {@code e164} since {@code since}, or are on their way: recorded
     * or sent (a refused or failed text reached nobody).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countTo(String e164, Collection<String> categories, Instant since) {
        return em.createQuery("select count(t) from OutboxText t where t.toIndex = :index and t.createdAt >= :since"
                        + " and t.category in :categories and t.status in :counted", Long.class)
                .setParameter("index", e164) // converted to its blind index as the attribute is (BlindIndex)
                .setParameter("since", since)
                .setParameter("categories", categories)
                .setParameter("counted", List.of(TextStatus.RECORDED, TextStatus.SENT))
                .getSingleResult();
    }
}
