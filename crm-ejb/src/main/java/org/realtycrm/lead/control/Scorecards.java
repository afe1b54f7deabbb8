package org.realtycrm.lead.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.lead.entity.Scorecard;
import org.realtycrm.platform.problem.StaleVersionException;

/** The one scorecard (the migration stores its first rules), as the caller's transaction sees it. */
@ApplicationScoped
public class Scorecards {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    public Scorecard current() {
        Scorecard card = em.find(Scorecard.class, Scorecard.ID);
        if (card == null) {
            throw new IllegalStateException("the lead scorecard is missing: the V31 migration stores it");
        }
        return card;
    }

    /**
     * Writes a change to the scorecard read at {@code readVersion} now rather than at commit: a change another admin
     * committed since then fails the row's version check here, and is reported as stale like a version that had
     * moved before the change began.
     */
    public void write(long readVersion) {
        try {
            em.flush();
        } catch (OptimisticLockException lost) {
            // at least one other save committed in between
            throw new StaleVersionException("the scorecard", Scorecard.ID, readVersion, readVersion + 1);
        }
    }
}
