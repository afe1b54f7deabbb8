package org.realtycrm.campaign.control;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.Session;
import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.campaign.entity.Campaign;
import org.realtycrm.campaign.entity.CampaignKind;
import org.realtycrm.campaign.entity.Enrollment;
import org.realtycrm.identity.entity.User;
import org.realtycrm.lead.entity.Lead;

/**
 * How leads come into campaigns and leave them, in the caller's transaction. By hand, a lead at a time, each on its
 * timeline; a one-off campaign's audience at launch, and a drip's rule as leads arrive, set-based (one statement for
 * any number of leads). A lead is in a campaign once: enrolled again, nothing happens. A campaign's owner who is an
 * agent reaches only their own leads, as everywhere.
 */
@ApplicationScoped
public class Enrollments {

    /** Leads created this long before the rule last looked are looked at again: a transaction may commit late. */
    static final Duration LATE_COMMITS = Duration.ofMinutes(10);

    /** A campaign's filter over leads {@code l}, its owner {@code u}; the filter's values bound by the caller. */
    private static final String AUDIENCE = " from leads l join users u on u.id = ?"
            + " where l.deleted_at is null"
            + " and (u.role = 'ADMIN' or l.assigned_agent_id = u.id)"
            + " and (cast(? as varchar) is null or l.status = ?)"
            + " and (cast(? as varchar) is null or lower(l.source) like lower(?) escape '\\')"
            + " and (cast(? as bigint) is null or exists (select 1 from pipeline_rows r where r.pull_id = ?"
            + " and r.lead_id = l.id))";

    private static final String ENROLL = "insert into campaign_enrollments (campaign_id, lead_id, status, how,"
            + " status_at_entry, next_position, next_due_at, enrolled_at)"
            + " select ?, l.id, 'ACTIVE', ?, l.status, 1, ?, ?" + AUDIENCE;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    ActivityRecorder activities;

    Clock clock = Clock.systemUTC();

    /** Puts one lead in by hand; false when it was in already (or had been). */
    public boolean enroll(Campaign campaign, Lead lead, User by) {
        boolean already = !em.createQuery("select e.id from Enrollment e where e.campaignId = :campaign"
                        + " and e.leadId = :lead", Long.class)
                .setParameter("campaign", campaign.getId()).setParameter("lead", lead.getId()).getResultList().isEmpty();
        if (already) {
            return false;
        }
        Instant now = clock.instant();
        em.persist(new Enrollment(campaign.getId(), lead.getId(), lead.getStatus(), by.getId(), now,
                firstDue(campaign, now)));
        activities.record(by, SubjectType.LEAD, lead.getId(), ActivityAction.CAMPAIGN_ENROLLED,
                "Put in campaign " + campaign.getName() + " by " + by.getName(), Map.of());
        return true;
    }

    /** A one-off campaign's audience, at launch: how many leads entered. */
    public int enrollAudience(Campaign campaign) {
        Instant now = clock.instant();
        Instant due = firstDue(campaign, now); // the steps are read before the JDBC work holds the connection
        return session().doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(ENROLL + " on conflict do nothing")) {
                int i = 1;
                insert.setLong(i++, campaign.getId());
                insert.setString(i++, "AUDIENCE");
                insert.setTimestamp(i++, Timestamp.from(due));
                insert.setTimestamp(i++, Timestamp.from(now));
                bindFilter(insert, i, campaign);
                return insert.executeUpdate();
            }
        });
    }

    /**
     * The drips' rules: every active drip whose rule names a status or a source takes the leads created since it
     * last looked (and {@link #LATE_COMMITS} before that). How many leads entered.
     */
    public int enrollByRules() {
        List<Campaign> drips = em.createQuery("select c from Campaign c where c.status = "
                + "org.realtycrm.campaign.entity.CampaignStatus.ACTIVE and c.kind = :drip", Campaign.class)
                .setParameter("drip", CampaignKind.DRIP).getResultList();
        int enrolled = 0;
        for (Campaign drip : drips) {
            if (drip.filter().status() != null || drip.filter().sourcePrefix() != null) {
                enrolled += enrollByRule(drip);
            }
        }
        return enrolled;
    }

    private int enrollByRule(Campaign drip) {
        Instant now = clock.instant();
        Instant due = firstDue(drip, now); // the steps are read before the JDBC work holds the connection
        return session().doReturningWork(connection -> {
            Instant checked;
            try (PreparedStatement last = connection.prepareStatement(
                    "select rule_checked_at from campaigns where id = ? for update")) {
                last.setLong(1, drip.getId());
                try (var rows = last.executeQuery()) {
                    rows.next();
                    Timestamp at = rows.getTimestamp(1);
                    checked = at == null ? drip.getStartedAt() : at.toInstant().minus(LATE_COMMITS);
                }
            }
            if (checked.isBefore(drip.getStartedAt())) {
                checked = drip.getStartedAt(); // only leads that arrive while it runs
            }
            int count;
            try (PreparedStatement insert = connection.prepareStatement(ENROLL + " and l.created_at >= ?"
                    + " on conflict do nothing")) {
                int i = 1;
                insert.setLong(i++, drip.getId());
                insert.setString(i++, "RULE");
                insert.setTimestamp(i++, Timestamp.from(due));
                insert.setTimestamp(i++, Timestamp.from(now));
                i = bindFilter(insert, i, drip);
                insert.setTimestamp(i, Timestamp.from(checked));
                count = insert.executeUpdate();
            }
            try (PreparedStatement mark = connection.prepareStatement(
                    "update campaigns set rule_checked_at = ? where id = ?")) {
                mark.setTimestamp(1, Timestamp.from(now));
                mark.setLong(2, drip.getId());
                mark.executeUpdate();
            }
            return count;
        });
    }

    /** How many leads a campaign's filter matches now (the screens' "who would get it"). */
    public long countAudience(Campaign campaign) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement count = connection.prepareStatement("select count(*)" + AUDIENCE)) {
                bindFilter(count, 1, campaign);
                try (var rows = count.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    /**
     * Takes a lead out of every campaign it is going through whose rules say so: {@code reply} for a reply (the
     * campaigns that exit on one), otherwise all of them. How many it left. One statement, which waits for a row the
     * ticker holds and then sees its latest state: an opt-out arriving while the ticker advances the lead must never
     * fail on a stale version, since it rolls back with the opt-out itself (a STOP that Twilio does not send again).
     */
    @SuppressWarnings("unchecked")
    public int exitEverywhere(long leadId, String reason, boolean reply) {
        Instant now = clock.instant();
        List<String> left = em.createNativeQuery("update campaign_enrollments e set status = 'EXITED',"
                        + " exit_reason = ?1, left_at = ?2, next_due_at = null, version = e.version + 1"
                        + " from campaigns c where c.id = e.campaign_id and e.lead_id = ?3 and e.status = 'ACTIVE'"
                        + (reply ? " and c.exit_on_reply" : "") + " returning c.name")
                .setParameter(1, reason.length() > Enrollment.MAX_REASON ? reason.substring(0, Enrollment.MAX_REASON)
                        : reason)
                .setParameter(2, now).setParameter(3, leadId).getResultList();
        for (String campaign : left) {
            activities.record(null, SubjectType.LEAD, leadId, ActivityAction.CAMPAIGN_LEFT,
                    "Left campaign " + campaign + ": " + reason, Map.of());
        }
        return left.size();
    }

    /**
     * A campaign ended: its leads still going through it leave ("the campaign ended"), and its sends waiting to go
     * again (held, retrying) are skipped; what was queued is skipped by the sender. Letters awaiting a batch stay: they
     * came due while it ran, and may still be mailed. How many leads left.
     */
    public int endOf(Campaign campaign) {
        Instant now = clock.instant();
        em.createNativeQuery("update campaign_sends set status = 'SKIPPED', next_attempt_at = null,"
                        + " note = 'the campaign ended before it went', updated_at = ?1, version = version + 1"
                        + " where campaign_id = ?2 and status in ('HELD', 'RETRYING')")
                .setParameter(1, now).setParameter(2, campaign.getId()).executeUpdate();
        return em.createNativeQuery("update campaign_enrollments set status = 'EXITED', exit_reason ="
                        + " 'the campaign ended', left_at = ?1, next_due_at = null, version = version + 1"
                        + " where campaign_id = ?2 and status = 'ACTIVE'")
                .setParameter(1, now).setParameter(2, campaign.getId()).executeUpdate();
    }

    /** When a lead entering now reaches the first step. */
    private static Instant firstDue(Campaign campaign, Instant now) {
        return now.plus(Duration.ofMinutes(campaign.getSteps().isEmpty() ? 0
                : campaign.getSteps().get(0).getDelayMinutes()));
    }

    private static int bindFilter(PreparedStatement statement, int first, Campaign campaign) throws SQLException {
        Campaign.Filter filter = campaign.filter();
        int i = first;
        statement.setLong(i++, campaign.getOwnerId());
        String status = filter.status() == null ? null : filter.status().name();
        statement.setString(i++, status);
        statement.setString(i++, status);
        String source = filter.sourcePrefix();
        statement.setString(i++, source);
        statement.setString(i++, source == null ? null : likePrefix(source));
        statement.setObject(i++, filter.pullId(), java.sql.Types.BIGINT);
        statement.setObject(i++, filter.pullId(), java.sql.Types.BIGINT);
        return i;
    }

    /** A LIKE pattern for "begins with", the prefix's own wildcards taken literally. */
    static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private Session session() {
        return em.unwrap(Session.class);
    }
}
