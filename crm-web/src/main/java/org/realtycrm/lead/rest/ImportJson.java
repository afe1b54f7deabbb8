package org.realtycrm.lead.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.realtycrm.lead.entity.LeadImport;

/**
 * An import and its progress: rowsRead = imported + duplicates + rejected at every moment; percentDone is the share
 * of the file's bytes committed (100 only once finished).
 */
@Schema(name = "Import")
public record ImportJson(long id, String fileName, long sizeBytes, long importedBy, String status, int percentDone,
        long rowsRead, long imported, long duplicates, long rejected, String failure, Instant createdAt, Instant startedAt,
        Instant finishedAt) {

    public static ImportJson of(LeadImport i) {
        return new ImportJson(i.getId(), i.getFileName(), i.getSizeBytes(), i.getImportedById(), i.getStatus().name(),
                i.percentDone(), i.getRowsRead(), i.getImported(), i.getDuplicates(), i.getRejected(), i.getFailure(), i.getCreatedAt(),
                i.getStartedAt(), i.getFinishedAt());
    }
}
