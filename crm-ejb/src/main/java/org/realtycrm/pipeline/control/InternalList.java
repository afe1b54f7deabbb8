package org.realtycrm.pipeline.control;

import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.pipeline.entity.DoNotCallEntry;
import org.realtycrm.pipeline.entity.SmsOptIn;
import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;

/**
 * The company's own Do-Not-Call list in {@code dnc_internal}. Always read from the database, never cached: an
 * opt-out taken on one server holds on every other at once.
 *
 * <p>An entry is in force unless a text put it there (STOP) and the same number opted back in by text (START) after
 * it ({@link SmsOptIn}): the one way off the list, for the one way onto it that a text can undo.
 */
@ApplicationScoped
public class InternalList {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    public DoNotCallEntry add(DoNotCallEntry entry) {
        em.persist(entry);
        return entry;
    }

    /** An entry answered by a later opt-in by text from the same number is not in force. */
    private static final String IN_FORCE = "(e.viaSms = false or not exists (select o.id from SmsOptIn o"
            + " where o.phone = e.phone and o.createdAt > e.createdAt))";

    /** Records an opt-in by text; it answers the number's opt-outs by text before it. */
    public SmsOptIn add(SmsOptIn optIn) {
        em.persist(optIn);
        return optIn;
    }

    /** Whether {@code e164} opted out by text and has not opted back in since. */
    public boolean optedOutByText(String e164) {
        return !em.createQuery("select e.id from DoNotCallEntry e where e.phone = :phone and e.viaSms = true and "
                        + IN_FORCE, Long.class)
                .setParameter("phone", e164)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** The number's latest opt-out by text, in force or answered. */
    public Optional<DoNotCallEntry> latestByText(String e164) {
        return em.createQuery("select e from DoNotCallEntry e where e.phone = :phone and e.viaSms = true"
                        + " order by e.createdAt desc, e.id desc", DoNotCallEntry.class)
                .setParameter("phone", e164)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** The first entry in force for {@code e164}, if the number is on the list. */
    public Optional<DoNotCallEntry> find(String e164) {
        return em.createQuery("select e from DoNotCallEntry e where e.phone = :phone and " + IN_FORCE
                        + " order by e.id", DoNotCallEntry.class)
                .setParameter("phone", e164)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Every number on the list with its first entry in force (for a scrub, which reads the list once). */
    public Map<String, Long> firstEntries() {
        Map<String, Long> entries = new HashMap<>();
        em.createQuery("select e.phone, min(e.id) from DoNotCallEntry e where " + IN_FORCE + " group by e.phone",
                        Object[].class)
                .getResultStream()
                .forEach(row -> entries.put((String) row[0], (Long) row[1]));
        return entries;
    }

    /** How many distinct numbers the list holds. */
    public long numbers() {
        return em.createQuery("select count(distinct e.phone) from DoNotCallEntry e where " + IN_FORCE, Long.class)
                .getSingleResult();
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
