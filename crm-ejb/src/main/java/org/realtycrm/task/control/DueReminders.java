package org.realtycrm.task.control;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rings the bell for tasks and appointments whose reminder time came: one set-based statement each. The
 * notification's key names the record and its reminder time, so each reminder rings once however often (and on
 * however many nodes) the timer runs, and a task moved to another time rings again when its new time comes. A
 * reminder more than {@value #LATEST_DAYS} days late (a server down that long, a task entered long overdue) is not
 * rung: the dashboard shows the task as overdue instead, and the look stays within a week of reminders.
 */
@ApplicationScoped
public class DueReminders {

    static final int LATEST_DAYS = 7;

    private static final String TASKS = """
            with stored as (
            insert into notifications (recipient_id, lead_id, kind, message, dedupe_key)
            select due.assignee_id, due.lead_id, 'TASK_DUE', due.message, due.dedupe_key
              from (select t.assignee_id, t.lead_id, t.remind_at,
                           left('Task due ' || to_char(t.due_at at time zone ?1, 'Dy DD Mon, HH12:MI AM')
                                || ': ' || t.title
                                || coalesce(' (' || l.first_name || coalesce(' ' || l.last_name, '') || ')', ''),
                                500) as message,
                           'task:' || t.id || ':' || (extract(epoch from t.remind_at) * 1000)::bigint as dedupe_key
                      from tasks t left join leads l on l.id = t.lead_id
                     where t.completed_at is null and t.remind_at is not null and t.remind_at <= now()
                       and t.remind_at > now() - make_interval(days => ?2)
                       and (l.id is null or l.deleted_at is null)) due
             where not exists (select 1 from notifications n where n.dedupe_key = due.dedupe_key)
             order by due.remind_at
             limit ?3
            on conflict (dedupe_key) do nothing
            returning recipient_id)
            select distinct recipient_id from stored
            """;

    private static final String APPOINTMENTS = """
            with stored as (
            insert into notifications (recipient_id, lead_id, kind, message, dedupe_key)
            select due.assignee_id, due.lead_id, 'APPOINTMENT_SOON', due.message, due.dedupe_key
              from (select a.assignee_id, a.lead_id, a.remind_at,
                           left('Appointment ' || to_char(a.starts_at at time zone ?1, 'Dy DD Mon, HH12:MI AM')
                                || ': ' || a.title || coalesce(' at ' || a.location, '')
                                || coalesce(' (' || l.first_name || coalesce(' ' || l.last_name, '') || ')', ''),
                                500) as message,
                           'appointment:' || a.id || ':' || (extract(epoch from a.remind_at) * 1000)::bigint
                               as dedupe_key
                      from appointments a left join leads l on l.id = a.lead_id
                     where a.remind_at is not null and a.remind_at <= now() and a.ends_at > now()
                       and a.remind_at > now() - make_interval(days => ?2)
                       and (l.id is null or l.deleted_at is null)) due
             where not exists (select 1 from notifications n where n.dedupe_key = due.dedupe_key)
             order by due.remind_at
             limit ?3
            on conflict (dedupe_key) do nothing
            returning recipient_id)
            select distinct recipient_id from stored
            """;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "crm.brokerage.time-zone")
    ZoneId zone;

    /** @return who was notified, for the push to their open screens */
    public Set<Long> ring(int limit) {
        Set<Long> recipients = new HashSet<>(run(TASKS, limit));
        recipients.addAll(run(APPOINTMENTS, limit));
        return recipients;
    }

    private Set<Long> run(String statement, int limit) {
        List<?> ids = em.createNativeQuery(statement)
                .setParameter(1, zone.getId())
                .setParameter(2, LATEST_DAYS)
                .setParameter(3, limit)
                .getResultList();
        Set<Long> recipients = new HashSet<>();
        ids.forEach(id -> recipients.add(((Number) id).longValue()));
        return recipients;
    }
}
