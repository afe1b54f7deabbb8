package org.realtycrm.lead.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.lead.entity.Scorecard;

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
}
