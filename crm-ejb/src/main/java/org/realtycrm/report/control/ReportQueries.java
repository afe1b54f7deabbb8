package org.realtycrm.report.control;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.report.entity.AgentSpeed;
import org.realtycrm.report.entity.AgentStanding;

/**
 * The reports' figures, each added up by the database in one statement over the leads of a range (never loaded one
 * by one). Deleted leads take no part. docs/reports.md says what each figure counts.
 */
@ApplicationScoped
public class ReportQueries {

    /** The lead figures of one source (its cost is added from the entered costs). */
    public record SourceLeads(String source, long leads, long contacted, long appointments, long closed,
            BigDecimal volume) {
    }

    /**
     * What counts as contacting a lead after it was given to an agent, when a person did it: as speed to lead counts
     * it (lead.control.MissedContacts).
     */
    static final String CONTACT_ACTIONS = "'" + ActivityAction.NOTE_ADDED + "', '" + ActivityAction.TEXT_SENT + "', '"
            + ActivityAction.STATUS_CHANGED + "', '" + ActivityAction.TASK_COMPLETED + "'";

    /**
     * The leads given to an agent in the range (?1 to ?2), each with its first contact by a person since then, and
     * the moment by which it was to be contacted: its deadline while the clock runs, else its rule's minutes (or the
     * default ?3, 0 for none) after it was given.
     */
    private static final String ASSIGNED = """
            assigned as (
                select l.id, l.assigned_agent_id as agent, l.assigned_at,
                       (select min(a.occurred_at) from activities a
                        where a.lead_id = l.id and a.occurred_at >= l.assigned_at and a.actor_id is not null
                          and a.action in (%s)) as first_contact,
                       coalesce(l.contact_due_at, l.assigned_at
                           + make_interval(mins => coalesce(r.contact_within_minutes, nullif(?3, 0)))) as due
                from leads l
                left join routing_rules r on r.id = l.routing_rule_id
                where l.deleted_at is null and l.assigned_agent_id is not null
                  and l.assigned_at >= ?1 and l.assigned_at < ?2
            )""".formatted(CONTACT_ACTIONS);

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /** Per source, the leads created in the range. */
    public List<SourceLeads> sourceLeads(Instant from, Instant to) {
        List<Object[]> rows = rows(em.createNativeQuery("""
                select l.source, count(*),
                       count(*) filter (where l.first_contacted_at is not null),
                       coalesce(sum((select count(*) from appointments ap where ap.lead_id = l.id)), 0),
                       count(*) filter (where l.status = 'CLOSED'),
                       coalesce(sum(l.price) filter (where l.status = 'CLOSED'), 0)
                from leads l
                where l.deleted_at is null and l.created_at >= ?1 and l.created_at < ?2
                group by l.source
                order by count(*) desc, l.source
                """), from, to);
        List<SourceLeads> sources = new ArrayList<>();
        for (Object[] row : rows) {
            sources.add(new SourceLeads((String) row[0], count(row[1]), count(row[2]), count(row[3]), count(row[4]),
                    money(row[5])));
        }
        return sources;
    }

    /** Per agent with a lead given or missed in the range: speed to lead. */
    public List<AgentSpeed> speedToLead(Instant from, Instant to, int defaultContactMinutes) {
        List<Object[]> rows = rows(em.createNativeQuery("with " + ASSIGNED + """
                , speed as (
                    select agent, count(*) as assigned, count(first_contact) as contacted,
                           percentile_cont(0.5) within group (order by extract(epoch from first_contact - assigned_at) / 60)
                               as median,
                           percentile_cont(0.9) within group (order by extract(epoch from first_contact - assigned_at) / 60)
                               as p90,
                           count(*) filter (where first_contact is not null and (due is null or first_contact <= due))
                               as in_time
                    from assigned group by agent
                ), missed as (
                    select coalesce(cast(substring(a.changes -> 'assignedTo' ->> 'from' from '\\((\\d+)\\)$') as bigint),
                                    l.assigned_agent_id) as agent,
                           count(*) as missed
                    from activities a join leads l on l.id = a.lead_id
                    where a.action = 'LEAD_HANDED_OFF' and a.occurred_at >= ?1 and a.occurred_at < ?2
                      and l.deleted_at is null
                    group by 1
                )
                select u.id, u.name, coalesce(s.assigned, 0), coalesce(s.contacted, 0), s.median, s.p90,
                       coalesce(s.in_time, 0), coalesce(m.missed, 0)
                from users u
                left join speed s on s.agent = u.id
                left join missed m on m.agent = u.id
                where s.agent is not null or m.agent is not null
                order by lower(u.name), u.id
                """).setParameter(3, defaultContactMinutes), from, to);
        List<AgentSpeed> agents = new ArrayList<>();
        for (Object[] row : rows) {
            agents.add(new AgentSpeed(count(row[0]), (String) row[1], count(row[2]), count(row[3]), minutes(row[4]),
                    minutes(row[5]), count(row[6]), count(row[7])));
        }
        return agents;
    }

    /**
     * How many leads created in the range reached each stage of the main road, in its order: NEW (all), CONTACTED,
     * QUALIFIED, UNDER_CONTRACT, CLOSED. A lead's furthest stage is the furthest of its status now, any
     * status its history shows it moved to, and CONTACTED once it was first contacted.
     */
    public long[] funnel(Instant from, Instant to) {
        Object[] row = rows(em.createNativeQuery("""
                with l as (
                    select l.id, l.status, l.first_contacted_at from leads l
                    where l.deleted_at is null and l.created_at >= ?1 and l.created_at < ?2
                ), furthest as (
                    select greatest(
                               case l.status when 'CONTACTED' then 1 when 'QUALIFIED' then 2
                                             when 'UNDER_CONTRACT' then 3 when 'CLOSED' then 4 else 0 end,
                               case when l.first_contacted_at is not null then 1 else 0 end,
                               coalesce((select max(case a.changes -> 'status' ->> 'to'
                                                    when 'CONTACTED' then 1 when 'QUALIFIED' then 2
                                                    when 'UNDER_CONTRACT' then 3 when 'CLOSED' then 4 else 0 end)
                                         from activities a where a.lead_id = l.id), 0)) as stage
                    from l
                )
                select count(*), count(*) filter (where stage >= 1), count(*) filter (where stage >= 2),
                       count(*) filter (where stage >= 3), count(*) filter (where stage >= 4)
                from furthest
                """), from, to).get(0);
        long[] reached = new long[row.length];
        for (int i = 0; i < row.length; i++) {
            reached[i] = count(row[i]);
        }
        return reached;
    }

    /**
     * Per active agent (and any other user with figures in the range): the leaderboard's figures, in no particular
     * order. A lead closed in the range when its last move to CLOSED happened in it (when it arrived closed, with no
     * such move: when it was created).
     */
    public List<AgentStanding> leaderboard(Instant from, Instant to) {
        List<Object[]> rows = rows(em.createNativeQuery("with " + ASSIGNED + """
                , given as (
                    select agent, count(*) as assigned, count(first_contact) as contacted from assigned group by agent
                ), met as (
                    select ap.assignee_id as agent, count(*) as appointments
                    from appointments ap join leads l on l.id = ap.lead_id
                    where l.deleted_at is null and ap.created_at >= ?1 and ap.created_at < ?2
                    group by ap.assignee_id
                ), closed as (
                    select l.assigned_agent_id as agent, count(*) as closed, coalesce(sum(l.price), 0) as volume
                    from leads l
                    cross join lateral (select coalesce(max(a.occurred_at), l.created_at) as closed_at
                                        from activities a
                                        where a.lead_id = l.id and a.changes -> 'status' ->> 'to' = 'CLOSED') c
                    where l.deleted_at is null and l.status = 'CLOSED' and l.assigned_agent_id is not null
                      and c.closed_at >= ?1 and c.closed_at < ?2
                    group by l.assigned_agent_id
                )
                select u.id, u.name, coalesce(g.assigned, 0), coalesce(g.contacted, 0), coalesce(m.appointments, 0),
                       coalesce(c.closed, 0), coalesce(c.volume, 0)
                from users u
                left join given g on g.agent = u.id
                left join met m on m.agent = u.id
                left join closed c on c.agent = u.id
                where (u.active and u.role = 'AGENT')
                   or g.agent is not null or m.agent is not null or c.agent is not null
                """).setParameter(3, 0), from, to);
        List<AgentStanding> agents = new ArrayList<>();
        for (Object[] row : rows) {
            agents.add(new AgentStanding(count(row[0]), (String) row[1], count(row[2]), count(row[3]), count(row[4]),
                    count(row[5]), money(row[6])));
        }
        return agents;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query, Instant from, Instant to) {
        return query.setParameter(1, Timestamp.from(from)).setParameter(2, Timestamp.from(to)).getResultList();
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal money(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString()).setScale(2);
    }

    /** Minutes with one decimal. */
    private static Double minutes(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 10) / 10.0;
    }
}
