package org.realtycrm.campaign.control;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.campaign.entity.OutboxEntry;
import org.realtycrm.campaign.entity.OutboxMail;
import org.realtycrm.campaign.entity.OutboxMailRepository;
import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;

@ApplicationScoped
public class JpaOutboxMailRepository implements OutboxMailRepository {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Override
    public OutboxMail add(OutboxMail mail) {
        em.persist(mail);
        em.flush(); // the id, for the provider; and a key taken meanwhile fails here, inside the caller's try
        return mail;
    }

    @Override
    public Optional<OutboxMail> find(long id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id));
    }

    @Override
    public Optional<OutboxMail> findByIdempotencyKey(String key) {
        return em.createQuery("select m from OutboxMail m where m.idempotencyKey = :key", OutboxMail.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    /** Only the columns a list shows: the bodies stay sealed in the table. */
    @Override
    public Page<OutboxEntry> page(PageRequest page) {
        List<OutboxEntry> items = em.createQuery("select new org.realtycrm.campaign.entity.OutboxEntry(m.id, "
                        + "m.createdAt, m.category, m.toAddress, m.toName, m.subject, m.idempotencyKey, m.provider, "
                        + "m.status, m.providerMessageId, m.error, m.retryable, m.attempts, m.sentAt) "
                        + "from OutboxMail m order by m.createdAt desc, m.id desc", OutboxEntry.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(m) from OutboxMail m", Long.class).getSingleResult();
        return Page.of(items, total, page);
    }
}
