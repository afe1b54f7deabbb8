package org.realtycrm.lead.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.realtycrm.lead.entity.LeadStatus;
import org.realtycrm.lead.entity.LeadVisibility;
import org.realtycrm.lead.entity.SourceCount;
import org.realtycrm.lead.entity.SpeedToContact;
import org.realtycrm.lead.entity.Temperature;

/**
 * The dashboard's counting, in SQL over live leads, always limited by a {@link LeadVisibility}: one pass over the
 * leads for every count, and one range scan of the created index for the speed to first contact. An agent's
 * figures read the agent's index.
 */
@ApplicationScoped
public class LeadStatistics {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /** The counts of the dashboard; {@code newToday} and {@code overdue} as of the instants they were asked for. */
    public record Counts(Map<LeadStatus, Long> byStatus, Map<Temperature, Long> byTemperature,
            List<SourceCount> bySource, long newToday, long overdue) {
    }

    /**
     * Counts by status, temperature and source, new since {@code startOfToday} and overdue at {@code now}, from one
     * grouped pass (a few dozen groups), added up here.
     */
    public Counts counts(Instant startOfToday, Instant now, LeadVisibility visibility) {
        // sources are matched case-insensitively elsewhere, so "zillow" and "Zillow" are one source here too
        Query query = em.createNativeQuery("select status, temperature, lower(source), min(source), count(*), "
                + "count(*) filter (where created_at >= :today), "
                + "count(*) filter (where next_follow_up_at < :now and status in (:open)) "
                + "from leads where deleted_at is null" + visible(visibility)
                + " group by status, temperature, lower(source)");
        query.setParameter("today", startOfToday);
        query.setParameter("now", now);
        query.setParameter("open", openStatuses());
        bindVisibility(query, visibility);
        Map<LeadStatus, Long> byStatus = new EnumMap<>(LeadStatus.class);
        Map<Temperature, Long> byTemperature = new EnumMap<>(Temperature.class);
        Map<String, SourceCount> bySource = new LinkedHashMap<>();
        long newToday = 0;
        long overdue = 0;
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            long count = ((Number) columns[4]).longValue();
            byStatus.merge(LeadStatus.valueOf((String) columns[0]), count, Long::sum);
            byTemperature.merge(Temperature.valueOf((String) columns[1]), count, Long::sum);
            bySource.merge((String) columns[2], new SourceCount((String) columns[3], count, false),
                    (a, b) -> new SourceCount(a.source().compareTo(b.source()) <= 0 ? a.source() : b.source(),
                            a.count() + b.count(), false));
            newToday += ((Number) columns[5]).longValue();
            overdue += ((Number) columns[6]).longValue();
        }
        return new Counts(byStatus, byTemperature, new ArrayList<>(bySource.values()), newToday, overdue);
    }

    /** See {@link SpeedToContact} for the definition; {@code leads.first_contacted_at} is kept by the entity. */
    public SpeedToContact speedToContact(Instant since, int windowDays, LeadVisibility visibility) {
        Query query = em.createNativeQuery("select count(first_contacted_at), "
                + "count(*) filter (where first_contacted_at is null and status = 'NEW'), "
                + "percentile_cont(0.5) within group (order by extract(epoch from first_contacted_at - created_at)), "
                + "percentile_cont(0.9) within group (order by extract(epoch from first_contacted_at - created_at)) "
                + "from leads where deleted_at is null and created_at >= :since" + visible(visibility));
        query.setParameter("since", since);
        bindVisibility(query, visibility);
        Object[] row = (Object[]) query.getSingleResult();
        return new SpeedToContact(seconds(row[2]), seconds(row[3]), ((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(), windowDays);
    }

    private static String visible(LeadVisibility visibility) {
        return visibility.isRestricted() ? " and assigned_agent_id in (:agents)" : "";
    }

    private static void bindVisibility(Query query, LeadVisibility visibility) {
        if (visibility.isRestricted()) {
            query.setParameter("agents", visibility.agentIds());
        }
    }

    private static List<String> openStatuses() {
        return LeadStatus.open().stream().map(Enum::name).toList();
    }

    private static Optional<Duration> seconds(Object value) {
        return value == null ? Optional.empty()
                : Optional.of(Duration.ofMillis(Math.round(((Number) value).doubleValue() * 1000)));
    }
}
