package org.realtycrm.campaign.control;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.campaign.entity.EmailOptOut;

/**
 * The addresses that get no marketing email again ({@code email_opt_outs}): unsubscribed, reported a message as spam,
 * or bounced for good. Read from the database for every question, never cached: an opt-out taken on one server holds
 * on every other at once, which the law's "honoured within 10 business days" asks far less of.
 */
@ApplicationScoped
public class EmailOptOuts {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** Records an opt-out, unless the address opted out before (its first reason stands); true when it is new. */
    public boolean add(String email, String source) {
        if (first(email).isPresent()) {
            return false;
        }
        em.persist(new EmailOptOut(email, source, clock.instant()));
        return true;
    }

    /** The address's first opt-out, if it opted out. */
    public Optional<EmailOptOut> first(String email) {
        // the parameter is converted to its blind index as the attribute is (BlindIndex)
        return em.createQuery("select o from EmailOptOut o where o.emailIndex = :email order by o.id",
                        EmailOptOut.class)
                .setParameter("email", email)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }
}
