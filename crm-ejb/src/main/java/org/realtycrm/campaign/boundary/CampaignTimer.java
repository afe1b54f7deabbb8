package org.realtycrm.campaign.boundary;

import java.time.Duration;
import java.util.function.IntUnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.realtycrm.campaign.control.CampaignSettings;
import org.realtycrm.campaign.control.CampaignTicker;
import org.realtycrm.platform.metrics.RunDurations;
import org.realtycrm.platform.timer.NamedTimers;
import org.realtycrm.platform.timer.TimerSlots;

/**
 * The campaigns' clock: a persistent timer that, once per interval on one node, lets the drips' rules take the leads
 * that arrived, turns due steps into sends, and queues again the sends whose time came ({@link CampaignTicker}). Each
 * batch is a transaction of its own; a tick works until nothing is left due, or for at most its interval.
 */
@Startup
@Singleton
@DependsOn("FlywayMigrator")
public class CampaignTimer {

    private static final Logger LOG = Logger.getLogger(CampaignTimer.class.getName());
    private static final String TIMER = "campaign-ticks";

    @Resource
    TimerService timers;

    @Inject
    CampaignTicker ticker;

    @Inject
    TimerSlots slots;

    @Inject
    RunDurations durations;

    @Inject
    MetricRegistry metrics;

    @Inject
    @ConfigProperty(name = CampaignSettings.TICK_SECONDS, defaultValue = "15")
    long intervalSeconds;

    @Inject
    @ConfigProperty(name = CampaignSettings.BATCH_SIZE, defaultValue = "500")
    int batchSize;

    @PostConstruct
    void schedule() {
        durations.timer(TIMER);
        metrics.gauge(Metadata.builder().withName("crm.campaign.dead.letters").withDescription("Campaign sends that "
                + "failed for good (the provider refused them, or too often), waiting for an admin's replay; -1 when "
                + "the database cannot be read").build(), this::deadLetters);
        String wanted = TIMER + " every " + intervalSeconds + " s";
        if (!NamedTimers.keepOnly(timers, TIMER, wanted)) {
            long interval = intervalSeconds * 1000;
            timers.createIntervalTimer(interval, interval, new TimerConfig(wanted, true));
            LOG.info(() -> "Campaigns: " + wanted);
        }
    }

    private long deadLetters() {
        try {
            return ticker.deadLetters();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "dead letters not counted", e);
            return -1;
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        if (!slots.claim(TIMER, Duration.ofSeconds(intervalSeconds))) {
            return;
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(intervalSeconds).toNanos();
        try (org.eclipse.microprofile.metrics.Timer.Context run = durations.timer(TIMER).time()) {
            // each part on its own: one that fails (its batch rolled back, still due next tick) stops none of the
            // others, so a drip's rule that cannot run never holds up the sends of every campaign
            part("the drips' rules", ticker::enrollByRules);
            part("the due steps", () -> drain(ticker::advanceDue, deadline));
            part("the held and retrying sends", () -> drain(ticker::requeueDue, deadline));
            part("the stale sends", () -> ticker.requeueStale(batchSize));
        }
    }

    private static void part(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A campaign tick failed on " + what + "; the next tick tries again", e);
        }
    }

    private void drain(IntUnaryOperator batch, long deadline) {
        while (batch.applyAsInt(batchSize) == batchSize && System.nanoTime() < deadline) {
            // another full batch: more may be due
        }
    }
}
