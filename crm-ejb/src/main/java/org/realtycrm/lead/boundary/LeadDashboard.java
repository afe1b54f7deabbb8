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
import org.realtycrm.lead.control.DashboardFigures;
import org.realtycrm.lead.control.LeadStatistics;
import org.realtycrm.lead.entity.LeadFigures;
import org.realtycrm.lead.entity.LeadRepository;
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
    LeadRepository leads;

    @Inject
    DashboardFigures remembered;

    @Inject
    @ConfigProperty(name = LeadSettings.TIME_ZONE)
    String zone;

    @Inject
    @ConfigProperty(name = LeadSettings.TOP_SOURCES)
    int topSources;

    @Inject
    @ConfigProperty(name = LeadSettings.SPEED_WINDOW_DAYS)
    int speedWindowDays;

    /** As of the start of the current minute; recounted whenever a lead has changed since the last count. */
    public LeadFigures figures() {
        LeadVisibility visibility = caller.leadVisibility();
        Instant minute = LeadFigures.asOf(Instant.now());
        long changeVersion = leads.changeVersion();
        return remembered.get(visibility, minute, changeVersion).orElseGet(() -> {
            LeadFigures counted = count(visibility, minute);
            remembered.remember(visibility, minute, changeVersion, counted);
            return counted;
        });
    }

    private LeadFigures count(LeadVisibility visibility, Instant now) {
        ZoneId brokerage = zone();
        Instant startOfToday = LocalDate.ofInstant(now, brokerage).atStartOfDay(brokerage).toInstant();
        LeadStatistics.Counts counts = statistics.counts(startOfToday, now, visibility);
        long total = counts.byStatus().values().stream().mapToLong(Long::longValue).sum();
        return new LeadFigures(total, counts.byStatus(), counts.byTemperature(),
                SourceCount.topAndOther(counts.bySource(), topSources), counts.newToday(), counts.overdue(),
                statistics.speedToContact(now.minus(Duration.ofDays(speedWindowDays)), speedWindowDays, visibility),
                startOfToday, now);
    }

    private ZoneId zone() {
        return ZoneId.of(zone);
    }
}
