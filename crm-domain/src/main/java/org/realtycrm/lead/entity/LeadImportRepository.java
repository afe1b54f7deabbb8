package org.realtycrm.lead.entity;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;

/** The imports and their rejects. Queries take the caller's visibility, like the leads repository does. */
public interface LeadImportRepository {

    LeadImport add(LeadImport leadImport);

    /** Ignores visibility: for the job and the recovery, which act for the importing user. */
    Optional<LeadImport> find(long id);

    /** Newest first: every import for an unrestricted caller, otherwise the caller's own. */
    Page<LeadImport> list(LeadVisibility visibility, PageRequest page);

    /** In line order. */
    Page<ImportReject> rejects(long importId, PageRequest page);

    /** Every reject in line order, streamed (a large file may have many). */
    void forEachReject(long importId, Consumer<ImportReject> consumer);

    /** The job took it up (or took it up again after a restart) on this server instance. */
    void markRunning(long importId, long executionId, String runner);

    /** @return whether it ended now (false: it had ended before, and keeps that end) */
    boolean markFinished(long importId, ImportStatus status, String failure);

    /** The job has counted the file's rows below the header: the measure of its progress. */
    void recordTotalRows(long importId, long totalRows);

    /**
     * Imports this server instance was running or about to run when it went down: candidates for a restart. Only
     * those up to {@code upToId}, the last import that existed when the instance started: a newer one is alive.
     */
    List<Long> unfinishedOf(String runner, long upToId);

    /** The import that finished COMPLETED last, if any (for the metric of the last import's speed). */
    Optional<LeadImport> lastCompleted();

    /** The newest import's id, 0 when there is none. */
    long lastId();

    /**
     * Locks an unfinished import for its recovery; empty when it has finished or another instance holds the lock
     * (that instance is recovering it).
     */
    Optional<LeadImport> lockUnfinished(long importId);
}
