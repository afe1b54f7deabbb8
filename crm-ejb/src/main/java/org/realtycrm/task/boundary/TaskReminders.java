package org.realtycrm.task.boundary;

import java.time.Duration;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.notification.control.NotificationsDelivered;
import org.realtycrm.platform.metrics.RunDurations;
import org.realtycrm.platform.timer.NamedTimers;
import org.realtycrm.platform.timer.TimerSlots;
import org.realtycrm.task.control.DueReminders;

/**
 * Rings agents' bells before their tasks are due and their appointments start: a persistent timer (its state is in
 * PostgreSQL, beside the data), run by one node per interval ({@link TimerSlots}); each reminder rings once
 * ({@link DueReminders}), also after a restart.
 */
@Startup
@Singleton
@DependsOn("FlywayMigrator")
public class TaskReminders {

    private static final Logger LOG = Logger.getLogger(TaskReminders.class.getName());
    private static final String TIMER = "task-reminders";

    @Resource
    TimerService timers;

    @Inject
    DueReminders reminders;

    @Inject
    Event<NotificationsDelivered> delivered;

    @Inject
    RunDurations durations;

    @Inject
    TimerSlots slots;

    @Inject
    @ConfigProperty(name = "crm.calendar.reminder-interval-seconds")
    long intervalSeconds;

    @Inject
    @ConfigProperty(name = "crm.calendar.reminder-batch-size")
    int batchSize;

    /** Keeps exactly one timer, with the configured interval (a changed interval replaces the old timer). */
    @PostConstruct
    void schedule() {
        durations.timer(TIMER);
        // the interval is part of the timer's name, so a changed setting is recognised after a restart
        String wanted = TIMER + " every " + intervalSeconds + " s";
        if (!NamedTimers.keepOnly(timers, TIMER, wanted)) {
            long interval = intervalSeconds * 1000;
            timers.createIntervalTimer(interval, interval, new TimerConfig(wanted, true));
            LOG.info(() -> "Task reminders: " + wanted);
        }
    }

    @Timeout
    void remind() {
        if (!slots.claim(TIMER, Duration.ofSeconds(intervalSeconds))) {
            return;
        }
        try (org.eclipse.microprofile.metrics.Timer.Context run = durations.timer(TIMER).time()) {
            Set<Long> reminded = reminders.ring(batchSize);
            if (!reminded.isEmpty()) {
                delivered.fire(new NotificationsDelivered(reminded));
            }
        }
    }
}
