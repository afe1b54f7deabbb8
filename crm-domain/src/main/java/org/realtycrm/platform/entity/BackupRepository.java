package org.realtycrm.platform.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface BackupRepository {

    void add(Backup backup);

    Optional<Backup> find(long id);

    /** The newest backups first, any status. */
    List<Backup> recent(int limit);

    /** Every backup whose archive is in the store, newest first (what retention chooses from). */
    List<Backup> stored();

    /** When the last successful backup finished; empty before the first. */
    Optional<Instant> lastSucceeded();

    /** The backups running now, on any server (at most one: a unique index allows no second). */
    List<Backup> running();

    /**
     * Marks failed, at once in the database, every backup still running that started before {@code startedBefore}:
     * its server died with it. @return how many
     */
    int giveUpOnRunningSince(Instant startedBefore, String reason, Instant at);

    /** Whether the daily backup of {@code day} has been taken (or is being taken). */
    boolean scheduledExists(LocalDate day);
}
