package org.realtycrm.notification.boundary;

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
import org.realtycrm.notification.entity.NotificationRepository;
import org.realtycrm.platform.metrics.RunDurations;
import org.realtycrm.platform.timer.NamedTimers;
import org.realtycrm.platform.timer.TimerSlots;

/**
 * Reminds agents of follow-ups that have come due: a persistent timer (its state is in PostgreSQL, beside the
 * data) looks for leads whose next follow-up time has passed and notifies the assigned agent once per lead and due
 * time. With several nodes, one of them runs per interval. Each run handles at most
 * {@code crm.follow-up.batch-size} leads, oldest first, so a backlog is worked off over several runs instead of in
 * one burst; the notification's unique key keeps a run after a restart from notifying twice.
 */
@Startup
@Singleton
@DependsOn("FlywayMigrator")
public class FollowUpReminders {

    private static final Logger LOG = Logger.getLogger(FollowUpReminders.class.getName());
    private static final String TIMER = "follow-up-reminders";
    /** The runs' durations: {@code crm.timer.duration{timer="follow-up-reminders"}}. */
    private static final String RUNS = TIMER;

    @Resource
    TimerService timers;

    @Inject
    NotificationRepository notifications;

    @Inject
    Event<NotificationsDelivered> delivered;

    @Inject
    RunDurations durations;

    @Inject
    TimerSlots slots;

    @Inject
    @ConfigProperty(name = "crm.follow-up.check-interval-seconds")
    long intervalSeconds;

    @Inject
    @ConfigProperty(name = "crm.follow-up.batch-size")
    int batchSize;

    /** Keeps exactly one timer, with the configured interval (a changed interval replaces the old timer). */
    @PostConstruct
    void schedule() {
        durations.timer(RUNS);
        // the interval is part of the timer's name, so a changed setting is recognised after a restart
        String wanted = TIMER + " every " + intervalSeconds + " s";
        if (!NamedTimers.keepOnly(timers, TIMER, wanted)) {
            long interval = intervalSeconds * 1000;
            timers.createIntervalTimer(interval, interval, new TimerConfig(wanted, true));
            LOG.info(() -> "Follow-up reminders: " + wanted);
        }
    }

    /** Every node fires its own timer; one of them per interval does the work ({@link TimerSlots}). */
    @Timeout
    void remind() {
        if (!slots.claim(TIMER, Duration.ofSeconds(intervalSeconds))) {
            return;
        }
        try (org.eclipse.microprofile.metrics.Timer.Context run = durations.timer(RUNS).time()) {
            Set<Long> reminded = notifications.notifyDueFollowUps(batchSize);
            if (!reminded.isEmpty()) {
                LOG.fine(() -> "Reminded " + reminded.size() + " agents of due follow-ups");
                delivered.fire(new NotificationsDelivered(reminded));
            }
        }
    }
}
