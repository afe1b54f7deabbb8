package org.realtycrm.platform.backup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.platform.entity.Backup;
import org.realtycrm.platform.entity.BackupRepository;
import org.realtycrm.platform.problem.ConflictException;
import org.realtycrm.platform.problem.RecordNotFoundException;

/**
 * The administrators' backups: the history (what was stored, what failed and why) and "back up now". The daily
 * backup runs by itself ({@link BackupSchedule}); restoring one is done with the server stopped, by
 * {@code ./crm restore} ({@link RestoreTool}).
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class Backups {

    /** The most backups one history answer holds. */
    public static final int MAX_LISTED = 200;

    @Inject
    BackupRepository backups;

    @Inject
    BackupLedger ledger;

    @Inject
    BackupSchedule schedule;

    @Inject
    CurrentUser currentUser;

    public List<Backup> recent() {
        return backups.recent(MAX_LISTED);
    }

    public Backup find(long id) {
        return backups.find(id).orElseThrow(() -> new RecordNotFoundException("backup", id));
    }

    public Optional<Instant> lastSucceeded() {
        return backups.lastSucceeded();
    }

    /** When the daily backup runs, in words ("The daily backup runs at 02:30, America/New_York."). */
    public String schedule() {
        return schedule.describe();
    }

    /**
     * Starts a backup now; it runs on a container thread, and its record shows how it went.
     *
     * @throws ConflictException when a backup runs already, here or on another server
     */
    public Backup start() {
        long administrator = currentUser.id();
        Backup backup;
        try {
            backup = ledger.begin(now -> Backup.manual(administrator, BackupSchedule.runner(), now));
        } catch (PersistenceException e) {
            throw new ConflictException("a backup is running already; wait for it to finish");
        }
        schedule.takeNow(backup);
        return backup;
    }
}
