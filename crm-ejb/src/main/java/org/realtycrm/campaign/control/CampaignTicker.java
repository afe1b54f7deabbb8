package org.realtycrm.campaign.control;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.campaign.entity.SendStatus;
import org.realtycrm.campaign.entity.StepAction;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.task.control.SystemTasks;
import org.realtycrm.task.entity.Task;
import org.realtycrm.task.entity.TaskKind;

/**
 * Moves campaigns on, a batch per transaction: the enrolments whose next step is due become sends (one per enrolment
 * and step, whatever runs twice), and move to the step after, or complete; a lead who replied, changed status or was
 * deleted leaves instead, as its campaign says. Emails and texts are queued on {@code jms/OutboundMessage} in the same
 * transaction; a task is set at once (the lead's follow-up is due now, which reminds its agent); a letter waits for
 * its step's mail batch. Held and retrying sends whose time came are queued again, and so are queued sends whose
 * message was lost (its consumer failed until the broker gave it up).
 */
@ApplicationScoped
public class CampaignTicker {

    private static final String DUE = "select e.id, e.lead_id, c.name,"
            + " case when l.deleted_at is not null then 'the lead was deleted'"
            + " when c.exit_on_status_change and l.status <> e.status_at_entry"
            + "  then 'the lead''s status changed to ' || l.status"
            + " when c.exit_on_reply and exists (select 1 from inbound_texts t where t.lead_id = e.lead_id"
            + "  and t.keyword = 'MESSAGE' and t.received_at >= e.enrolled_at) then 'the lead replied by text'"
            + " when c.exit_on_reply and exists (select 1 from inbound_mails m where m.lead_id = e.lead_id"
            + "  and m.kind = 'MESSAGE' and m.received_at >= e.enrolled_at) then 'the lead replied by email'"
            + " end as exit_reason"
            + " from campaign_enrollments e join campaigns c on c.id = e.campaign_id join leads l on l.id = e.lead_id"
            + " where e.status = 'ACTIVE' and e.next_due_at <= ? and c.status = 'ACTIVE'"
            + " order by e.next_due_at, e.id limit ? for update of e skip locked";

    private static final String EXIT = "update campaign_enrollments set status = 'EXITED', exit_reason = ?,"
            + " left_at = ?, next_due_at = null, version = version + 1 where id = ?";

    private static final String SENDS = "insert into campaign_sends (campaign_id, step_id, enrollment_id, lead_id,"
            + " action, status, variant, unsubscribe_token, sent_at, created_at, updated_at)"
            + " select e.campaign_id, s.id, e.id, e.lead_id, s.action,"
            + " case s.action when 'DIRECT_MAIL' then 'AWAITING_BATCH' when 'TASK' then 'SENT' else 'QUEUED' end,"
            // an email's A/B subject: fixed by the enrolment, even ones A, odd ones B (half each); no test: A
            + " case when s.action <> 'EMAIL' then null when t.subject_b is null or e.id % 2 = 0 then 'A' else 'B' end,"
            // an email's unsubscribe token, committed with the send before anything goes: a retry or a redelivery
            // after a crash carries the link the first try did. 48 hex digits of two random (v4) UUIDs, from the
            // database's strong random source
            + " case when s.action = 'EMAIL' then replace(gen_random_uuid()::text, '-', '')"
            + "  || left(replace(gen_random_uuid()::text, '-', ''), 16) end,"
            + " case when s.action = 'TASK' then ?::timestamptz end, ?, ?"
            + " from campaign_enrollments e"
            + " join campaign_steps s on s.campaign_id = e.campaign_id and s.position = e.next_position"
            + " left join message_templates t on t.id = s.template_id"
            + " where e.id = any(?)"
            + " on conflict (enrollment_id, step_id) do nothing"
            + " returning id, lead_id, action, step_id";

    private static final String ADVANCE = "update campaign_enrollments e set next_due_at = n.due,"
            + " status = case when n.due is null then 'COMPLETED' else 'ACTIVE' end,"
            + " left_at = case when n.due is null then ?::timestamptz end,"
            + " next_position = e.next_position + 1, version = e.version + 1"
            + " from (select e2.id, (select ?::timestamptz + make_interval(mins => s.delay_minutes)"
            + "  from campaign_steps s where s.campaign_id = e2.campaign_id and s.position = e2.next_position + 1) as due"
            + "  from campaign_enrollments e2 where e2.id = any(?)) n"
            + " where e.id = n.id";

    private static final String REQUEUE = "update campaign_sends s set status = 'QUEUED', next_attempt_at = null,"
            + " updated_at = ?, version = s.version + 1"
            + " where s.id in (select s2.id from campaign_sends s2 join campaigns c on c.id = s2.campaign_id"
            + "  where s2.status in ('HELD', 'RETRYING') and s2.next_attempt_at <= ? and c.status = 'ACTIVE'"
            + "  order by s2.next_attempt_at limit ? for update of s2 skip locked)"
            + " returning s.id, s.action";

    private static final String STALE = "update campaign_sends s set updated_at = ?, version = s.version + 1"
            + " where s.id in (select s2.id from campaign_sends s2 where s2.status = 'QUEUED' and s2.updated_at < ?"
            + "  order by s2.updated_at limit ? for update skip locked)"
            + " returning s.id, s.action";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    SendQueue queue;

    @Inject
    ActivityRecorder activities;

    @Inject
    Enrollments enrollments;

    @Inject
    SystemTasks systemTasks;

    @Inject
    @ConfigProperty(name = CampaignSettings.STALE_MINUTES, defaultValue = "15")
    long staleMinutes;

    Clock clock = Clock.systemUTC();

    /** A due step's send of a task: the lead and what its agent is asked. */
    private record TaskStep(long sendId, long leadId, long stepId) {
    }

    /** The drips' rules take the leads that arrived (a transaction of its own). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int enrollByRules() {
        return enrollments.enrollByRules();
    }

    /** Advances up to {@code max} due enrolments; how many it took (less than max: none are left due). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int advanceDue(int max) {
        Instant now = clock.instant();
        Map<StepAction, List<Long>> queued = new EnumMap<>(StepAction.class);
        List<TaskStep> tasks = new ArrayList<>();
        int taken = session().doReturningWork(connection -> {
            List<Long> going = new ArrayList<>();
            int rows = 0;
            try (PreparedStatement due = connection.prepareStatement(DUE);
                    PreparedStatement exit = connection.prepareStatement(EXIT)) {
                due.setTimestamp(1, Timestamp.from(now));
                due.setInt(2, max);
                try (ResultSet found = due.executeQuery()) {
                    while (found.next()) {
                        rows++;
                        String reason = found.getString(4);
                        if (reason == null) {
                            going.add(found.getLong(1));
                            continue;
                        }
                        exit.setString(1, reason);
                        exit.setTimestamp(2, Timestamp.from(now));
                        exit.setLong(3, found.getLong(1));
                        exit.addBatch();
                        activities.record(null, SubjectType.LEAD, found.getLong(2), ActivityAction.CAMPAIGN_LEFT,
                                "Left campaign " + found.getString(3) + ": " + reason, Map.of());
                    }
                }
                exit.executeBatch();
            }
            if (going.isEmpty()) {
                return rows;
            }
            Array ids = connection.createArrayOf("bigint", going.toArray());
            try (PreparedStatement sends = connection.prepareStatement(SENDS)) {
                sends.setTimestamp(1, Timestamp.from(now));
                sends.setTimestamp(2, Timestamp.from(now));
                sends.setTimestamp(3, Timestamp.from(now));
                sends.setArray(4, ids);
                try (ResultSet made = sends.executeQuery()) {
                    while (made.next()) {
                        switch (made.getString(3)) {
                            case "EMAIL", "SMS" -> queued.computeIfAbsent(StepAction.valueOf(made.getString(3)),
                                    action -> new ArrayList<>()).add(made.getLong(1));
                            case "TASK" -> tasks.add(new TaskStep(made.getLong(1), made.getLong(2), made.getLong(4)));
                            default -> { } // a letter: AWAITING_BATCH until its step's batch is made
                        }
                    }
                }
            }
            try (PreparedStatement advance = connection.prepareStatement(ADVANCE)) {
                advance.setTimestamp(1, Timestamp.from(now));
                advance.setTimestamp(2, Timestamp.from(now));
                advance.setArray(3, ids);
                advance.executeUpdate();
            }
            return rows;
        });
        tasks.forEach(task -> setTask(task, now));
        queue.publish(queued);
        return taken;
    }

    /**
     * The agent's task: set for the lead's agent, due now, so their bell rings at once; a lead without an agent is
     * due for follow-up by whoever gets it. Why is on the lead's timeline.
     */
    private void setTask(TaskStep task, Instant now) {
        Lead lead = em.find(Lead.class, task.leadId());
        Object[] step = em.createQuery("select s.instructions, c.name, s.position from CampaignStep s"
                + " join s.campaign c where s.id = :id", Object[].class).setParameter("id", task.stepId())
                .getSingleResult();
        String instructions = (String) step[0];
        String origin = "Campaign " + step[1] + ", step " + step[2];
        if (systemTasks.setForAgentOf(lead, TaskKind.OTHER, titleOf(instructions, origin), origin, now).isEmpty()) {
            lead.scheduleFollowUp(now);
        }
        activities.record(null, SubjectType.LEAD, task.leadId(), ActivityAction.CAMPAIGN_SEND,
                origin + " (TASK) for the agent: " + instructions, Map.of());
    }

    /** The step's instructions as a task's title: cut at a task title's length, with an ellipsis. */
    private static String titleOf(String instructions, String origin) {
        if (instructions == null || instructions.isBlank()) {
            return origin;
        }
        String text = instructions.strip();
        return text.length() <= Task.MAX_TITLE_LENGTH ? text : text.substring(0, Task.MAX_TITLE_LENGTH - 1) + "\u2026";
    }

    /** Queues again up to {@code max} held or retrying sends whose time came; how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int requeueDue(int max) {
        Instant now = clock.instant();
        Map<StepAction, List<Long>> ids = ids(REQUEUE, now, now, max);
        queue.publish(ids);
        return ids.values().stream().mapToInt(List::size).sum();
    }

    /**
     * Queues again up to {@code max} sends queued long ago and never worked, once no message waits in the queue: their
     * message was given up by the broker (its consumer failed each time) or lost. While messages wait, an old queued
     * send is most likely in one of them (a long campaign at a text a second keeps sends queued for hours), and
     * queueing it again would only add copies. Worked twice, a send still goes once.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int requeueStale(int max) {
        if (!queue.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        Map<StepAction, List<Long>> ids = ids(STALE, now, now.minus(Duration.ofMinutes(staleMinutes)), max);
        queue.publish(ids);
        return ids.values().stream().mapToInt(List::size).sum();
    }

    /** The dead letters: sends that failed for good, waiting for an admin. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long deadLetters() {
        return em.createQuery("select count(s) from CampaignSend s where s.status = :failed", Long.class)
                .setParameter("failed", SendStatus.FAILED).getSingleResult();
    }

    /** The ids the statement returns, by their sends' channel. */
    private Map<StepAction, List<Long>> ids(String sql, Instant set, Instant before, int max) {
        return session().doReturningWork(connection -> {
            Map<StepAction, List<Long>> ids = new EnumMap<>(StepAction.class);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setTimestamp(1, Timestamp.from(set));
                statement.setTimestamp(2, Timestamp.from(before));
                statement.setInt(3, max);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        ids.computeIfAbsent(StepAction.valueOf(rows.getString(2)), action -> new ArrayList<>())
                                .add(rows.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    private Session session() {
        return em.unwrap(Session.class);
    }
}
