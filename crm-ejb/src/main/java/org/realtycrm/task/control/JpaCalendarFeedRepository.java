package org.realtycrm.task.control;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.task.entity.CalendarFeed;
import org.realtycrm.task.entity.CalendarFeedRepository;

@ApplicationScoped
public class JpaCalendarFeedRepository implements CalendarFeedRepository {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Override
    public void add(CalendarFeed feed) {
        em.persist(feed);
        em.flush(); // the id, for the audit entry
    }

    @Override
    public Optional<CalendarFeed> ofUser(long userId) {
        return em.createQuery("select f from CalendarFeed f where f.userId = :user", CalendarFeed.class)
                .setParameter("user", userId)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<CalendarFeed> bySecretHash(String secretHash) {
        return em.createQuery("select f from CalendarFeed f where f.secretHash = :hash", CalendarFeed.class)
                .setParameter("hash", secretHash)
                .getResultStream().findFirst();
    }

    @Override
    public void remove(CalendarFeed feed) {
        em.remove(feed);
        em.flush(); // a new feed of the same user may follow in this transaction (its user is unique)
    }
}
