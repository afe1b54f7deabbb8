package org.realtycrm.lead.control;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.Activity;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.FieldChanges;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.identity.entity.User;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.Pond;
import org.realtycrm.lead.entity.PondRepository;
import org.realtycrm.lead.entity.RoutingRule;
import org.realtycrm.lead.entity.RoutingRuleRepository;
import org.realtycrm.notification.control.LeadAssignedNotices;

/**
 * Speed to lead: a lead whose agent has not contacted it by its deadline moves on — to the rule's miss pond, else to
 * the next agent in the turn that placed it — at most {@code crm.routing.max-handoffs} times; the admins are told,
 * and the lead's timeline says why. Contact is anything a person logged on the lead since its agent got it: a note,
 * a text, a status change, a task done (a call made). Each overdue lead is taken under its row's lock, skipping rows
 * another node holds, and its deadline moves in the same transaction: a deadline is acted on exactly once, however
 * many nodes look.
 */
@ApplicationScoped
public class MissedContacts {

    /** What counts as contacting the lead, when a person (not the system) did it. */
    static final List<String> CONTACT = List.of(ActivityAction.NOTE_ADDED.name(), ActivityAction.TEXT_SENT.name(),
            ActivityAction.STATUS_CHANGED.name(), ActivityAction.TASK_COMPLETED.name());

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    LeadRouter router;

    @Inject
    RoutingRuleRepository rules;

    @Inject
    PondRepository ponds;

    @Inject
    ActivityRecorder activities;

    @Inject
    LeadAssignedNotices notices;

    @Inject
    @ConfigProperty(name = "crm.routing.max-handoffs")
    int maxHandoffs;

    /** @return how many overdue leads were looked at */
    public int workOverdue(Instant now, int limit) {
        List<?> ids = em.createNativeQuery("select id from leads where contact_due_at <= ?1 and deleted_at is null"
                        + " order by contact_due_at limit ?2 for update skip locked")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, limit)
                .getResultList();
        for (Object id : ids) {
            Lead lead = em.find(Lead.class, ((Number) id).longValue());
            if (contacted(lead)) {
                lead.stopContactClock();
            } else {
                handOff(lead, now);
            }
        }
        return ids.size();
    }

    private boolean contacted(Lead lead) {
        if (lead.getAssignedAgent() == null || lead.getAssignedAt() == null) {
            return true; // nobody's clock to run (it was unassigned or ponded meanwhile)
        }
        return !em.createNativeQuery("select 1 from activities where lead_id = ?1 and occurred_at >= ?2"
                        + " and actor_id is not null and action in (?3) limit 1")
                .setParameter(1, lead.getId())
                .setParameter(2, Timestamp.from(lead.getAssignedAt()))
                .setParameter(3, CONTACT)
                .getResultList().isEmpty();
    }

    private void handOff(Lead lead, Instant now) {
        User missed = lead.getAssignedAgent();
        String waited = minutes(lead.getAssignedAt(), lead.getContactDueAt());
        Map<String, Object> before = lead.auditState();
        if (lead.getHandoffs() >= maxHandoffs) {
            lead.stopContactClock();
            Activity entry = timeline(lead, before, "Not contacted by " + missed.getName() + " within " + waited
                    + "; it has moved " + lead.getHandoffs() + " times already, so it stays with " + missed.getName());
            notices.announceMissed(lead, adminIds(), entry.getId(), "it stays with " + missed.getName() + " after "
                    + lead.getHandoffs() + " moves");
            return;
        }
        RoutingRule rule = lead.getRoutingRuleId() == null ? null : rules.find(lead.getRoutingRuleId()).orElse(null);
        Optional<Pond> missPond = Optional.ofNullable(rule).map(RoutingRule::getMissPondId).flatMap(ponds::find);
        String where;
        Optional<User> next = Optional.empty();
        if (missPond.isPresent()) {
            lead.putInPond(missPond.get().getId(), rule.getId());
            where = "put in pond " + missPond.get().getName();
        } else {
            next = router.nextAfter(rule, missed.getId());
            if (next.isEmpty()) {
                lead.stopContactClock();
                Activity entry = timeline(lead, before, "Not contacted by " + missed.getName() + " within " + waited
                        + "; nobody else is on duty, so it stays with " + missed.getName());
                notices.announceMissed(lead, adminIds(), entry.getId(), "nobody else is on duty");
                return;
            }
            lead.routeTo(next.get(), rule == null ? null : rule.getId(), now, router.due(rule, now));
            where = "moved to " + next.get().getName();
        }
        lead.countHandoff();
        Activity entry = timeline(lead, before, "Not contacted by " + missed.getName() + " within " + waited + ": "
                + where);
        notices.announceMissed(lead, adminIds(), entry.getId(), missed.getName() + " had " + waited + "; " + where);
        if (missPond.isPresent()) {
            notices.announceInPond(lead, missPond.get().getMemberIds(), entry.getId(), "not contacted in time by "
                    + missed.getName());
        }
        next.ifPresent(agent -> notices.announce(lead, agent, entry.getId(), "not contacted in time by "
                + missed.getName()));
    }

    private Activity timeline(Lead lead, Map<String, Object> before, String summary) {
        return activities.record(null, SubjectType.LEAD, lead.getId(), ActivityAction.LEAD_HANDED_OFF, summary,
                FieldChanges.between(before, lead.auditState()));
    }

    private List<Long> adminIds() {
        return em.createQuery("select u.id from User u where u.role = :role and u.active = true", Long.class)
                .setParameter("role", Role.ADMIN).getResultList();
    }

    private static String minutes(Instant from, Instant to) {
        long minutes = Math.max(1, Duration.between(from, to).toMinutes());
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
