package org.realtycrm.portal.control;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.platform.timer.NamedTimers;
import org.realtycrm.portal.entity.AlertFrequency;

/**
 * The daily digests: a persistent calendar timer at {@code crm.portal.digest-time} in the brokerage's time zone.
 * Every node has it; the ledger's claims let each search's digest go once, whichever node fires first.
 */
@Startup
@Singleton
@DependsOn("FlywayMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AlertSchedule {

    private static final Logger LOG = Logger.getLogger(AlertSchedule.class.getName());
    private static final String TIMER = "listing-alert-digests";

    @Resource
    TimerService timers;

    @Inject
    ListingAlerts alerts;

    @Inject
    @ConfigProperty(name = PortalSettings.DIGEST_TIME)
    String time;

    @Inject
    @ConfigProperty(name = "crm.brokerage.time-zone")
    String zone;

    @PostConstruct
    void start() {
        LocalTime at = LocalTime.parse(time);
        ZoneId timeZone = ZoneId.of(zone);
        String wanted = TIMER + " at " + at + " " + timeZone;
        if (!NamedTimers.keepOnly(timers, TIMER, wanted)) {
            ScheduleExpression daily = new ScheduleExpression().hour(at.getHour()).minute(at.getMinute()).second(0)
                    .timezone(timeZone.getId());
            timers.createCalendarTimer(daily, new TimerConfig(wanted, true));
            LOG.info(() -> "Listing alert digests: " + wanted);
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void daily() {
        try {
            int sent = alerts.run(AlertFrequency.DAILY);
            LOG.info(() -> sent + " daily listing digests sent");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the daily listing digests failed: " + e, e);
        }
    }
}
