package org.realtycrm.platform.backup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
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
import jakarta.persistence.PersistenceException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.realtycrm.platform.cluster.NodeName;
import org.realtycrm.platform.entity.Backup;
import org.realtycrm.platform.entity.BackupRepository;
import org.realtycrm.platform.storage.DocumentStore;
import org.realtycrm.platform.timer.NamedTimers;

/**
 * The daily backup: a persistent calendar timer at {@code crm.backup.time} in the brokerage's time zone. With several
 * servers each has the timer; the day's record (unique per day) lets only the first one run it. Also runs the backups
 * an administrator starts, on a container thread, and applies retention after each success. Publishes the gauge
 * {@code crm.backup.age} (Prometheus {@code crm_backup_age_seconds}): seconds since the last successful backup
 * finished, -1 before the first, -2 while the database cannot be read.
 */
@Startup
@Singleton
@DependsOn("FlywayMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class BackupSchedule {

    private static final Logger LOG = Logger.getLogger(BackupSchedule.class.getName());
    private static final String TIMER = "daily-backup";
    private static final Duration RETRY_AFTER = Duration.ofMinutes(30);

    @Resource
    TimerService timers;

    @Inject
    BackupLedger ledger;

    @Inject
    BackupTaker taker;

    @Inject
    BackupRepository backups;

    @Inject
    DocumentStore store;

    @Inject
    MetricRegistry metrics;

    @Inject
    @ConfigProperty(name = BackupSettings.ENABLED)
    boolean enabled;

    @Inject
    @ConfigProperty(name = BackupSettings.TIME)
    String time;

    @Inject
    @ConfigProperty(name = "crm.brokerage.time-zone")
    String zone;

    @Inject
    @ConfigProperty(name = BackupSettings.KEEP_DAILY)
    int keepDaily;

    @Inject
    @ConfigProperty(name = BackupSettings.KEEP_WEEKLY)
    int keepWeekly;

    @Inject
    @ConfigProperty(name = BackupSettings.KEEP_MONTHLY)
    int keepMonthly;

    /** This node ({@link NodeName}), as recorded on the backups it runs. */
    static String runner() {
        return NodeName.get();
    }

    @PostConstruct
    void start() {
        ledger.abandonedBy(runner());
        LocalTime at = LocalTime.parse(time);
        ZoneId timeZone = ZoneId.of(zone);
        String wanted = TIMER + " at " + at + " " + timeZone + (enabled ? "" : " (off)");
        if (!NamedTimers.keepOnly(timers, TIMER, wanted) && enabled) {
            ScheduleExpression daily = new ScheduleExpression().hour(at.getHour()).minute(at.getMinute()).second(0)
                    .timezone(timeZone.getId());
            timers.createCalendarTimer(daily, new TimerConfig(wanted, true));
            LOG.info(() -> "Backups: " + wanted);
        }
        Metadata age = Metadata.builder().withName("crm.backup.age").withUnit(MetricUnits.SECONDS)
                .withDescription("Seconds since the last successful backup finished; -1 before the first").build();
        metrics.gauge(age, backups, BackupSchedule::age);
    }

    /** -1 before the first success; -2 when the database cannot be read (so /metrics still answers). */
    private static long age(BackupRepository repository) {
        try {
            return repository.lastSucceeded().map(last -> Duration.between(last, Instant.now()).toSeconds())
                    .orElse(-1L);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "backup age unknown", e);
            return -2L;
        }
    }

    public String describe() {
        return enabled ? "The daily backup runs at " + time + ", " + zone + "."
                : "The daily backup is off (crm.backup.enabled=false).";
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void daily() {
        LocalDate day = LocalDate.now(ZoneId.of(zone));
        if (!enabled || ledger.scheduledExists(day)) {
            return; // (also a retry whose day another server took meanwhile)
        }
        Backup backup;
        try {
            backup = ledger.begin(now -> Backup.scheduled(day, runner(), now));
        } catch (PersistenceException e) {
            if (!ledger.scheduledExists(day)) {
                // another backup runs (an administrator's): the day's backup comes after it, not never
                LOG.warning(() -> "The backup of " + day + " waits for the backup running now; trying again in "
                        + RETRY_AFTER.toMinutes() + " min");
                timers.createSingleActionTimer(RETRY_AFTER.toMillis(), new TimerConfig(TIMER + " retry", false));
            }
            return;
        }
        take(backup);
    }

    /** Takes a backup an administrator started ({@link Backups#start()}), on a container thread. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void takeNow(Backup backup) {
        take(backup);
    }

    private void take(Backup backup) {
        long id = backup.getId();
        try {
            ledger.succeeded(id, taker.take(id, backup.getStartedAt()));
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Backup " + id + " failed", e);
            ledger.failed(id, e.getMessage() == null ? e.toString() : e.getMessage());
            return;
        }
        applyRetention();
    }

    private void applyRetention() {
        BackupRetention retention = new BackupRetention(keepDaily, keepWeekly, keepMonthly, ZoneId.of(zone));
        for (long id : retention.toDelete(ledger.stored(), Instant.now())) {
            String key = ledger.deleted(id);
            try {
                store.delete(key);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Backup " + id + " is past retention, but " + key + " could not be deleted", e);
            }
        }
    }
}
