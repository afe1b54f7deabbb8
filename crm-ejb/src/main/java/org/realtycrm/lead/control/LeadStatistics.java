package org.realtycrm.lead.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.lead.entity.LeadStatus;
import org.realtycrm.lead.entity.LeadVisibility;
import org.realtycrm.lead.entity.SourceCount;
import org.realtycrm.lead.entity.SpeedToContact;
import org.realtycrm.lead.entity.Temperature;

/**
 * The dashboard's counting, in SQL over live leads, always limited by a {@link LeadVisibility}. An agent's
 * figures read the agent's index ({@code leads_agent_created_idx}); the date figures read range scans of the
 * created and follow-up indexes.
 */
@ApplicationScoped
public class LeadStatistics {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /** Leads by status, by temperature and by source, counted in one pass (grouping sets). */
    public record Breakdown(Map<LeadStatus, Long> byStatus, Map<Temperature, Long> byTemperature,
            List<SourceCount> bySource) {
    }

    public Breakdown breakdown(LeadVisibility visibility) {
        // sources are matched case-insensitively elsewhere, so "zillow" and "Zillow" are one source here too
        Query query = em.createNativeQuery("select status, temperature, min(source), count(*) from leads "
                + "where deleted_at is null" + visible(visibility)
                + " group by grouping sets ((status), (temperature), (lower(source)))");
        bindVisibility(query, visibility);
        Map<LeadStatus, Long> byStatus = new EnumMap<>(LeadStatus.class);
        Map<Temperature, Long> byTemperature = new EnumMap<>(Temperature.class);
        List<SourceCount> bySource = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            long count = ((Number) columns[3]).longValue();
            if (columns[0] != null) {
                byStatus.put(LeadStatus.valueOf((String) columns[0]), count);
            } else if (columns[1] != null) {
                byTemperature.put(Temperature.valueOf((String) columns[1]), count);
            } else {
                bySource.add(new SourceCount((String) columns[2], count, false));
            }
        }
        return new Breakdown(byStatus, byTemperature, bySource);
    }

    public long createdSince(Instant since, LeadVisibility visibility) {
        Query query = em.createNativeQuery("select count(*) from leads where deleted_at is null "
                + "and created_at >= :since" + visible(visibility));
        query.setParameter("since", since);
        return count(query, visibility);
    }

    /** Open leads (not CLOSED or LOST) whose next follow-up time has passed. */
    public long overdueFollowUps(Instant now, LeadVisibility visibility) {
        Query query = em.createNativeQuery("select count(*) from leads where deleted_at is null "
                + "and next_follow_up_at < :now and status in (:open)" + visible(visibility));
        query.setParameter("now", now);
        query.setParameter("open", openStatuses());
        return count(query, visibility);
    }

    /** See {@link SpeedToContact} for the definition; each lead's first change is one probe of its timeline index. */
    public SpeedToContact speedToContact(Instant since, int windowDays, LeadVisibility visibility) {
        Query query = em.createNativeQuery("select count(*) filter (where first_contact is not null), "
                + "count(*) filter (where first_contact is null and status = 'NEW'), "
                + "percentile_cont(0.5) within group (order by extract(epoch from first_contact - created_at)), "
                + "percentile_cont(0.9) within group (order by extract(epoch from first_contact - created_at)) "
                + "from (select l.status, l.created_at, (select min(a.occurred_at) from activities a "
                + "    where a.lead_id = l.id and a.action = :changed and a.changes -> 'status' ->> 'from' = 'NEW'"
                + "  ) as first_contact from leads l where l.deleted_at is null and l.created_at >= :since"
                + visible(visibility).replace("assigned_agent_id", "l.assigned_agent_id") + ") timed");
        query.setParameter("changed", ActivityAction.STATUS_CHANGED.name());
        query.setParameter("since", since);
        bindVisibility(query, visibility);
        Object[] row = (Object[]) query.getSingleResult();
        return new SpeedToContact(seconds(row[2]), seconds(row[3]), ((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(), windowDays);
    }

    private static String visible(LeadVisibility visibility) {
        return visibility.isRestricted() ? " and assigned_agent_id = :agent" : "";
    }

    private static void bindVisibility(Query query, LeadVisibility visibility) {
        if (visibility.isRestricted()) {
            query.setParameter("agent", visibility.onlyAgentId());
        }
    }

    private static long count(Query query, LeadVisibility visibility) {
        bindVisibility(query, visibility);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static List<String> openStatuses() {
        return Arrays.stream(LeadStatus.values()).filter(LeadStatus::isOpen).map(Enum::name).toList();
    }

    private static Optional<Duration> seconds(Object value) {
        return value == null ? Optional.empty()
                : Optional.of(Duration.ofMillis(Math.round(((Number) value).doubleValue() * 1000)));
    }
}
