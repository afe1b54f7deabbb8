package org.realtycrm.mls.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.mls.control.FeedReplication;
import org.realtycrm.mls.entity.Feed;
import org.realtycrm.mls.entity.FeedRepository;
import org.realtycrm.mls.entity.SyncRunRepository;
import org.realtycrm.platform.metrics.RunDurations;
import org.realtycrm.platform.timer.NamedTimers;
import org.realtycrm.platform.timer.TimerSlots;

/**
 * A persistent EJB timer per feed, firing at the feed's cadence: its state is in PostgreSQL beside the data, so it
 * survives restarts, and a fire missed while the server was down comes once on start. Each fire runs one sync
 * ({@link FeedReplication}). Every node has the timers (a feed added on one node reaches the others' within a
 * minute); one node per cadence period syncs ({@code TimerSlots}), and two syncs of one feed are kept apart by
 * the feed's lease. "Sync now" runs at once on a container thread, never on a request's.
 *
 * <p>Bean-managed concurrency: the syncs of different feeds run side by side, and a long first load of one feed
 * does not hold up the others.
 */
@Startup
@Singleton
@DependsOn("FlywayMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@RolesAllowed(Role.ADMIN_NAME) // its callers are the administrators' MlsFeeds; start and timeouts run as the server
public class FeedTimers {

    private static final Logger LOG = Logger.getLogger(FeedTimers.class.getName());
    /** The timer's info names the feed and its cadence, so a changed cadence is recognised after a restart. */
    private static final Pattern CADENCE = Pattern.compile("mls-feed (\\d+) every (\\d+) s");
    /** The syncs' durations: {@code crm.timer.duration{timer="mls-sync"}}, sync now included. */
    static final String SYNC_RUNS = "mls-sync";
    private static final Pattern NOW = Pattern.compile("mls-feed (\\d+) now( and reconcile)?");
    /**
     * Feeds are added, changed and stopped on one node: the other nodes see the change at this timer, which makes
     * their cadence timers follow the feeds table (it is not persistent: each start creates it once).
     */
    private static final String FOLLOW_FEEDS = "mls-feeds followed";
    private static final long FOLLOW_FEEDS_MILLIS = 60_000;

    @Resource
    TimerService timers;

    @Inject
    FeedRepository feeds;

    @Inject
    FeedReplication replication;

    @Inject
    SyncRunRepository runs;

    @Inject
    MetricRegistry metrics;

    @Inject
    RunDurations durations;

    @Inject
    TimerSlots slots;

    /**
     * On start: the syncs this server was running when it stopped are ended and started again at once (from their
     * cursor); then exactly one cadence timer per enabled feed, none for the others.
     */
    @PostConstruct
    void start() {
        durations.timer(SYNC_RUNS);
        replication.recover().forEach(feedId -> syncAfterCommit(feedId, false));
        scheduleAll();
        timers.createIntervalTimer(FOLLOW_FEEDS_MILLIS, FOLLOW_FEEDS_MILLIS, new TimerConfig(FOLLOW_FEEDS, false));
    }

    private void scheduleAll() {
        List<Feed> all = feeds.all();
        Set<String> wanted = new HashSet<>();
        all.stream().filter(Feed::isEnabled).forEach(feed -> wanted.add(cadence(feed)));
        Set<String> present = new HashSet<>();
        for (Timer timer : timers.getTimers()) {
            String info = String.valueOf(timer.getInfo());
            if (CADENCE.matcher(info).matches() && (!wanted.contains(info) || !present.add(info))) {
                timer.cancel();
            }
        }
        wanted.stream().filter(info -> !present.contains(info)).forEach(this::create);
        all.forEach(this::measure);
    }

    /** After a feed was added or changed: its timer follows its cadence, or goes when it is disabled. */
    public void schedule(Feed feed) {
        String wanted = feed.isEnabled() ? cadence(feed) : null;
        if (!NamedTimers.keepOnly(timers, "mls-feed " + feed.getId() + " every ", wanted) && wanted != null) {
            create(wanted);
        }
        measure(feed);
    }

    /**
     * The feed's lag as the gauge {@code mls.feed.lag} (Prometheus: {@code mls_feed_lag_seconds{feed="<id>"}}):
     * seconds since its last successful sync, -1 before the first one. Registering it again is a no-op.
     */
    private void measure(Feed feed) {
        long id = feed.getId();
        Metadata lag = Metadata.builder().withName("mls.feed.lag").withUnit(MetricUnits.SECONDS)
                .withDescription("Seconds since the feed's last successful sync; -1 before the first").build();
        metrics.gauge(lag, runs, repository -> repository.lastSucceeded(id)
                .map(last -> Duration.between(last, Instant.now()).toSeconds()).orElse(-1L), new Tag("feed",
                String.valueOf(id)));
    }

    /**
     * Syncs the feed now, on a thread of the container's (never the caller's). Not through a timer: the timer service
     * delivers no expiration sooner than its minimum delivery interval (a second), which an administrator's "sync
     * now" should not wait for.
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void syncNow(long feedId, boolean reconcile) {
        sync(feedId, reconcile, "mls-feed " + feedId + " now");
    }

    /**
     * Syncs the feed as soon as a timer thread is free once the caller's transaction has committed (a timer created
     * in a transaction exists only when it commits): for a reload, whose request that transaction writes and the
     * sync must see.
     */
    public void syncAfterCommit(long feedId, boolean reconcile) {
        timers.createSingleActionTimer(1, new TimerConfig("mls-feed " + feedId + " now"
                + (reconcile ? " and reconcile" : ""), false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fire(Timer timer) {
        String info = String.valueOf(timer.getInfo());
        Matcher cadence = CADENCE.matcher(info);
        Matcher now = NOW.matcher(info);
        if (cadence.matches()) {
            // every node fires the feed's timer: one of them per period syncs (its lease would stop a second anyway)
            if (slots.claim(info, Duration.ofSeconds(Long.parseLong(cadence.group(2))))) {
                sync(Long.parseLong(cadence.group(1)), false, info);
            }
        } else if (now.matches()) {
            sync(Long.parseLong(now.group(1)), now.group(2) != null, info);
        } else if (FOLLOW_FEEDS.equals(info)) {
            scheduleAll();
        }
    }

    private void sync(long feedId, boolean reconcile, String what) {
        try (org.eclipse.microprofile.metrics.Timer.Context run = durations.timer(SYNC_RUNS).time()) {
            replication.sync(feedId, reconcile);
        } catch (RuntimeException e) {
            // a sync records its own failures; this is a fault of ours, and the timers must live on
            LOG.log(Level.SEVERE, "the sync of " + what + " broke off", e);
        }
    }

    private void create(String info) {
        Matcher matcher = CADENCE.matcher(info);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(info);
        }
        long interval = Long.parseLong(matcher.group(2)) * 1000;
        // the first fire soon after start or creation: a new feed starts loading at once
        timers.createIntervalTimer(1_000, interval, new TimerConfig(info, true));
        LOG.info(() -> "MLS sync: " + info);
    }

    private static String cadence(Feed feed) {
        return "mls-feed " + feed.getId() + " every " + feed.getCadenceSeconds() + " s";
    }
}
