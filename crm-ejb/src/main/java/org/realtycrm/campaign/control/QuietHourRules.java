package org.realtycrm.campaign.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.campaign.entity.QuietHourRule;
import org.realtycrm.campaign.entity.QuietHours;

/**
 * The states' stricter calling hours as administrators keep them ({@code quiet_hour_rules}). Read from the database
 * for each question, never cached: a rule changed on one server holds on every other at once, and there are at most
 * a few dozen rows.
 */
@ApplicationScoped
public class QuietHourRules {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /** Each state's own window, by its two-letter code. */
    public Map<String, QuietHours> windows() {
        return all().stream().collect(Collectors.toMap(QuietHourRule::getState, QuietHourRule::window));
    }

    public List<QuietHourRule> all() {
        return em.createQuery("select r from QuietHourRule r order by r.state", QuietHourRule.class).getResultList();
    }

    public Optional<QuietHourRule> find(String state) {
        return em.createQuery("select r from QuietHourRule r where r.state = :state", QuietHourRule.class)
                .setParameter("state", state)
                .getResultStream().findFirst();
    }

    public QuietHourRule add(QuietHourRule rule) {
        em.persist(rule);
        return rule;
    }

    /** Writes an added rule now, so that it has its id (for the audit entry). */
    public void flush() {
        em.flush();
    }

    public void remove(QuietHourRule rule) {
        em.remove(rule);
    }
}
