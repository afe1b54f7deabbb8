package org.realtycrm.lead.boundary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.lead.control.LeadSettings;
import org.realtycrm.lead.control.LeadStatistics;
import org.realtycrm.lead.entity.LeadFigures;
import org.realtycrm.lead.entity.LeadVisibility;
import org.realtycrm.lead.entity.SourceCount;

/**
 * The figures of the dashboard, over the leads the caller may see: an agent's dashboard counts only their leads.
 * "Today" starts at midnight in the brokerage's zone ({@value LeadSettings#TIME_ZONE}).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.AGENT_NAME})
public class LeadDashboard {

    @Inject
    CurrentUser caller;

    @Inject
    LeadStatistics statistics;

    @Inject
    @ConfigProperty(name = LeadSettings.TIME_ZONE)
    String zone;

    @Inject
    @ConfigProperty(name = LeadSettings.TOP_SOURCES)
    int topSources;

    @Inject
    @ConfigProperty(name = LeadSettings.SPEED_WINDOW_DAYS)
    int speedWindowDays;

    public LeadFigures figures() {
        LeadVisibility visibility = caller.leadVisibility();
        Instant now = Instant.now();
        ZoneId brokerage = zone();
        Instant startOfToday = LocalDate.now(brokerage).atStartOfDay(brokerage).toInstant();
        LeadStatistics.Breakdown breakdown = statistics.breakdown(visibility);
        long total = breakdown.byStatus().values().stream().mapToLong(Long::longValue).sum();
        return new LeadFigures(total, breakdown.byStatus(), breakdown.byTemperature(),
                SourceCount.topAndOther(breakdown.bySource(), topSources),
                statistics.createdSince(startOfToday, visibility),
                statistics.overdueFollowUps(now, visibility),
                statistics.speedToContact(now.minus(Duration.ofDays(speedWindowDays)), speedWindowDays, visibility),
                startOfToday, now);
    }

    private ZoneId zone() {
        return ZoneId.of(zone);
    }
}
