package org.realtycrm.platform.rest;

import java.time.LocalDate;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.realtycrm.platform.entity.Backup;

/** One backup: how it went, and for a stored one where its archive is and what it holds. */
@Schema(name = "Backup")
public record BackupJson(long id,
        @Schema(description = "SCHEDULED (the daily backup) or MANUAL") String trigger,
        @Schema(description = "The day a scheduled backup is for") LocalDate scheduledFor,
        @Schema(description = "RUNNING, SUCCEEDED, FAILED, or DELETED (past retention)") String status,
        Instant startedAt, Instant finishedAt,
        @Schema(description = "The archive's key in the document store; restore it with ./crm restore store:<key>")
        String objectKey,
        Long sizeBytes,
        @Schema(description = "SHA-256 of the encrypted archive, to check a copy") String sha256,
        @Schema(description = "The data key version that encrypted it") Integer keyVersion,
        Integer tables, Long tableRows, Integer documents, String error, String runner) {

    static BackupJson of(Backup backup) {
        return new BackupJson(backup.getId(), backup.getTrigger().name(), backup.getScheduledFor(),
                backup.getStatus().name(), backup.getStartedAt(), backup.getFinishedAt(), backup.getObjectKey(),
                backup.getSizeBytes(), backup.getSha256(), backup.getKeyVersion(), backup.getTables(),
                backup.getTableRows(), backup.getDocuments(), backup.getError(), backup.getRunner());
    }
}
