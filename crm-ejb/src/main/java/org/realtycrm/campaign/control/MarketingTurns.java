package org.realtycrm.campaign.control;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.realtycrm.platform.sealing.FieldCipher;
import org.realtycrm.platform.sealing.FieldCiphers;

/**
 * One marketing text at a time per number, from the gate's count to the text's record. The gate's cap counts the
 * texts already recorded; two sends to one number counted at the same moment (two consumers, two campaigns) would
 * both find room for one more and both go. Whoever holds the number's turn counts and records before the other
 * counts, so the second sees the first. The turn is a transaction-scoped advisory lock: it holds across servers and
 * ends with the transaction, also when the work fails.
 */
@ApplicationScoped
public class MarketingTurns {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /**
     * Runs {@code work} holding {@code e164}'s turn. The record {@code work} makes must commit before this returns
     * (in a transaction of its own), or the next turn would count without it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T taking(String e164, Supplier<T> work) {
        // the number by its blind index, as the outbox finds it: a lock's wait may be logged with its parameters
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 7))")
                .setParameter(1, "marketing text to " + FieldCiphers.current().blindIndex(FieldCipher.PHONE, e164))
                .getSingleResult();
        return work.get();
    }
}
