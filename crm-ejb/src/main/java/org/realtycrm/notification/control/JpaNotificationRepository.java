package org.realtycrm.notification.control;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.notification.entity.Notification;
import org.realtycrm.notification.entity.NotificationRepository;
import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;

@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Override
    public boolean addOnce(Notification notification) {
        // one statement, so that a concurrent redelivery cannot slip between a check and an insert
        int inserted = em.createNativeQuery("insert into notifications (recipient_id, lead_id, kind, message, dedupe_key) "
                        + "values (?1, ?2, ?3, ?4, ?5) on conflict (dedupe_key) do nothing")
                .setParameter(1, notification.getRecipientId())
                .setParameter(2, notification.getLeadId())
                .setParameter(3, notification.getKind().name())
                .setParameter(4, notification.getMessage())
                .setParameter(5, notification.dedupeKey())
                .executeUpdate();
        return inserted == 1;
    }

    @Override
    public Set<Long> notifyDueFollowUps(int limit) {
        // one set-based statement: the key names the lead and its due time, so each due time reminds once, and a
        // rescheduled follow-up reminds again when its new time comes. It answers who was notified, for the push.
        List<?> recipients = em.createNativeQuery("""
                with stored as (
                insert into notifications (recipient_id, lead_id, kind, message, dedupe_key)
                select due.assigned_agent_id, due.id, 'FOLLOW_UP_DUE',
                       'Follow up with ' || due.first_name || coalesce(' ' || due.last_name, '')
                           || ' (due ' || to_char(due.next_follow_up_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI') || ' UTC)',
                       due.dedupe_key
                  from (select l.id, l.assigned_agent_id, l.first_name, l.last_name, l.next_follow_up_at,
                               'follow-up:' || l.id || ':' || (extract(epoch from l.next_follow_up_at) * 1000)::bigint as dedupe_key
                          from leads l
                         where l.deleted_at is null and l.assigned_agent_id is not null
                           and l.next_follow_up_at <= now()) due
                 where not exists (select 1 from notifications n where n.dedupe_key = due.dedupe_key)
                 order by due.next_follow_up_at
                 limit ?1
                on conflict (dedupe_key) do nothing
                returning recipient_id)
                select distinct recipient_id from stored
                """)
                .setParameter(1, limit)
                .getResultList();
        return recipients.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Page<Notification> forRecipient(long recipientId, boolean unreadOnly, PageRequest page) {
        String unread = unreadOnly ? " and n.readAt is null" : "";
        List<Notification> items = em.createQuery("select n from Notification n where n.recipientId = :recipient"
                        + unread + " order by n.createdAt desc, n.id desc", Notification.class)
                .setParameter("recipient", recipientId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(n) from Notification n where n.recipientId = :recipient" + unread,
                        Long.class)
                .setParameter("recipient", recipientId)
                .getSingleResult();
        return Page.of(items, total, page);
    }

    @Override
    public long countUnread(long recipientId) {
        return em.createQuery("select count(n) from Notification n where n.recipientId = :recipient "
                        + "and n.readAt is null", Long.class)
                .setParameter("recipient", recipientId)
                .getSingleResult();
    }

    @Override
    public Optional<Notification> find(long id, long recipientId) {
        return em.createQuery("select n from Notification n where n.id = :id and n.recipientId = :recipient",
                        Notification.class)
                .setParameter("id", id)
                .setParameter("recipient", recipientId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public int markAllRead(long recipientId, Instant when) {
        return em.createQuery("update Notification n set n.readAt = :when, n.updatedAt = :when, "
                        + "n.version = n.version + 1 where n.recipientId = :recipient and n.readAt is null")
                .setParameter("when", when)
                .setParameter("recipient", recipientId)
                .executeUpdate();
    }
}
