package org.realtycrm.lead.boundary;

import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.lead.control.MissedContacts;
import org.realtycrm.platform.metrics.RunDurations;
import org.realtycrm.platform.timer.NamedTimers;

/**
 * Speed to lead: a persistent timer (its state in PostgreSQL) that moves on the leads whose agent did not contact
 * them by their deadline ({@link MissedContacts}). Every node runs it; each overdue lead is taken under its row's
 * lock, skipping rows another node holds, so each deadline is acted on once. A deadline that passed while every
 * server was down is acted on at the first run after the restart.
 */
@Startup
@Singleton
@DependsOn("FlywayMigrator")
public class SpeedToLeadTimer {

    private static final Logger LOG = Logger.getLogger(SpeedToLeadTimer.class.getName());
    private static final String TIMER = "speed-to-lead";

    @Resource
    TimerService timers;

    @Inject
    MissedContacts missed;

    @Inject
    RunDurations durations;

    @Inject
    @ConfigProperty(name = "crm.routing.check-interval-seconds")
    long intervalSeconds;

    @Inject
    @ConfigProperty(name = "crm.routing.batch-size")
    int batchSize;

    Clock clock = Clock.systemUTC();

    @PostConstruct
    void schedule() {
        durations.timer(TIMER);
        // the interval is part of the timer's name, so a changed setting is recognised after a restart
        String wanted = TIMER + " every " + intervalSeconds + " s";
        if (!NamedTimers.keepOnly(timers, TIMER, wanted)) {
            long interval = Duration.ofSeconds(intervalSeconds).toMillis();
            timers.createIntervalTimer(interval, interval, new TimerConfig(wanted, true));
            LOG.info(() -> "Speed to lead: " + wanted);
        }
    }

    @Timeout
    void moveOnMissedLeads() {
        try (org.eclipse.microprofile.metrics.Timer.Context run = durations.timer(TIMER).time()) {
            missed.workOverdue(clock.instant(), batchSize);
        }
    }
}
