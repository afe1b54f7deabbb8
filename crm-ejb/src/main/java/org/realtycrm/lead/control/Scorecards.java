package org.realtycrm.lead.control;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import org.hibernate.Session;
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
            // another save committed in between; the transaction is lost, but still reads what is stored now
            throw new StaleVersionException("the scorecard", Scorecard.ID, readVersion, storedVersion());
        }
    }

    /** Read over JDBC: a query through the persistence context would flush the lost change again first. */
    private long storedVersion() {
        return em.unwrap(Session.class).doReturningWork(db -> {
            try (PreparedStatement query = db.prepareStatement("select version from lead_scorecard where id = ?")) {
                query.setLong(1, Scorecard.ID);
                try (ResultSet result = query.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                }
            }
        });
    }
}
