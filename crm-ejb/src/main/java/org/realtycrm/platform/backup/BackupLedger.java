package org.realtycrm.platform.backup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.platform.backup.BackupRetention.Candidate;
import org.realtycrm.platform.entity.Backup;
import org.realtycrm.platform.entity.BackupRepository;
import org.realtycrm.platform.entity.BackupTrigger;
import org.realtycrm.platform.entity.StoredBackup;

/**
 * The backups' records, each change committed at once (a backup runs for minutes outside any transaction, and the
 * screens show it running meanwhile). Starting a backup first gives up on one that has run longer than
 * {@code crm.backup.give-up-hours}: its server died with it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class BackupLedger {

    @Inject
    BackupRepository backups;

    @Inject
    @ConfigProperty(name = BackupSettings.GIVE_UP_HOURS, defaultValue = "6")
    long giveUpHours;

    Clock clock = Clock.systemUTC();

    /**
     * Records a backup as running. Fails with a {@link jakarta.persistence.PersistenceException} when another one
     * runs (on any server) or, for a scheduled one, when that day's backup was already taken.
     */
    public Backup begin(Function<Instant, Backup> backup) {
        Instant now = clock.instant();
        // written before the new row, which the one-running index would refuse while the stale one still runs
        backups.giveUpOnRunningSince(now.minus(Duration.ofHours(giveUpHours)),
                "gave up after " + giveUpHours + " hours: its server stopped while it ran", now);
        Backup started = backup.apply(now);
        backups.add(started);
        return started;
    }

    /** At a server's start: its own backups that were running died with its previous run. */
    public void abandonedBy(String runner) {
        backups.running().stream().filter(backup -> backup.getRunner().equals(runner))
                .forEach(backup -> backup.fail("its server stopped while it ran", clock.instant()));
    }

    public boolean scheduledExists(LocalDate day) {
        return backups.scheduledExists(day);
    }

    public void succeeded(long id, StoredBackup stored) {
        backups.find(id).orElseThrow().succeed(stored, clock.instant());
    }

    public void failed(long id, String reason) {
        backups.find(id).orElseThrow().fail(reason, clock.instant());
    }

    public List<Candidate> stored() {
        return backups.stored().stream().map(b -> new Candidate(b.getId(), b.getFinishedAt(),
                b.getTrigger() == BackupTrigger.MANUAL)).toList();
    }

    /** @return the archive's key, for the caller to delete from the store once this has committed */
    public String deleted(long id) {
        Backup backup = backups.find(id).orElseThrow();
        backup.deleted();
        return backup.getObjectKey();
    }
}
