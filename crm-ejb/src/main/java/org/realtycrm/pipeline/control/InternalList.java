package org.realtycrm.pipeline.control;

import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.pipeline.entity.DoNotCallEntry;
import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;

/**
 * The company's own Do-Not-Call list in {@code dnc_internal}. Always read from the database, never cached: an
 * opt-out taken on one server holds on every other at once.
 */
@ApplicationScoped
public class InternalList {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    public DoNotCallEntry add(DoNotCallEntry entry) {
        em.persist(entry);
        return entry;
    }

    /** The first time {@code e164} was put on the list, if it was. */
    public Optional<DoNotCallEntry> find(String e164) {
        return em.createQuery("select e from DoNotCallEntry e where e.phone = :phone order by e.id",
                        DoNotCallEntry.class)
                .setParameter("phone", e164)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Every number on the list with its first entry's id (for a scrub, which reads the list once). */
    public Map<String, Long> firstEntries() {
        Map<String, Long> entries = new HashMap<>();
        em.createQuery("select e.phone, min(e.id) from DoNotCallEntry e group by e.phone", Object[].class)
                .getResultStream()
                .forEach(row -> entries.put((String) row[0], (Long) row[1]));
        return entries;
    }

    /** How many distinct numbers the list holds. */
    public long numbers() {
        return em.createQuery("select count(distinct e.phone) from DoNotCallEntry e", Long.class).getSingleResult();
    }

    public Page<DoNotCallEntry> newestFirst(PageRequest page) {
        List<DoNotCallEntry> entries = em.createQuery("select e from DoNotCallEntry e order by e.createdAt desc,"
                        + " e.id desc", DoNotCallEntry.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(e) from DoNotCallEntry e", Long.class).getSingleResult();
        return Page.of(entries, total, page);
    }
}
