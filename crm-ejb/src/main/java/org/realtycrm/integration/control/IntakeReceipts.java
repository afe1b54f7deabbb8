package org.realtycrm.integration.control;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.integration.entity.IntakeSignature;

/**
 * Which deliveries a source has made lately, by signature, so that the same delivery sent again (a client retrying
 * after a timeout, or someone replaying it) is answered with what the first did instead of being taken twice.
 */
@ApplicationScoped
public class IntakeReceipts {

    /** What an earlier delivery with the same signature did. */
    public record Earlier(long leadId, boolean created) {
    }

    /** Twice the clock tolerance, and as much again for clocks that differ. */
    static final Duration RETENTION = IntakeSignature.TOLERANCE.multipliedBy(3);

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /**
     * Claims the delivery for this transaction. A second claim of the same signature waits for the first transaction
     * and then sees its outcome; if that transaction failed, the second takes over.
     *
     * @return empty when the delivery is new and now claimed, else what the earlier one did
     */
    public Optional<Earlier> claim(long sourceId, String signature) {
        // a receipt is kept while a delivery with its timestamp could still pass the clock check (the tolerance
        // either way) and a margin for clocks that differ; a few at a time, and none that another delivery holds
        em.createNativeQuery("delete from intake_receipts where ctid = any (array(select ctid from intake_receipts "
                        + "where received_at < now() - make_interval(secs => ?1) limit 100 for update skip locked))")
                .setParameter(1, RETENTION.toSeconds())
                .executeUpdate();
        // one statement: a repeat waits for the first delivery's transaction, then locks and reads its receipt
        Object[] row = (Object[]) em.createNativeQuery("insert into intake_receipts (source_id, signature) "
                        + "values (?1, ?2) on conflict (source_id, signature) do update set source_id = excluded.source_id "
                        + "returning lead_id, created, xmax = 0")
                .setParameter(1, sourceId)
                .setParameter(2, signature)
                .getSingleResult();
        if ((Boolean) row[2]) {
            return Optional.empty();
        }
        return Optional.of(new Earlier(((Number) row[0]).longValue(), (Boolean) row[1]));
    }

    /** What the claimed delivery did, for its repeats. */
    public void settle(long sourceId, String signature, long leadId, boolean created) {
        em.createNativeQuery("update intake_receipts set lead_id = ?3, created = ?4 "
                        + "where source_id = ?1 and signature = ?2")
                .setParameter(1, sourceId)
                .setParameter(2, signature)
                .setParameter(3, leadId)
                .setParameter(4, created)
                .executeUpdate();
    }
}
