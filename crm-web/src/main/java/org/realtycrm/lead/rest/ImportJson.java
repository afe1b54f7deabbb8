package org.realtycrm.lead.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.realtycrm.lead.entity.LeadImport;

/**
 * An import and its progress: rowsRead = imported + duplicates + rejected at every moment; totalRows is the file's
 * rows below the header once the job has counted them (null before); percentDone is rowsRead of totalRows (100 only
 * once finished).
 */
@Schema(name = "Import")
public record ImportJson(long id, String fileName, long sizeBytes, long importedBy, String status, int percentDone,
        Long totalRows, long rowsRead, long imported, long duplicates, long rejected, String failure, Instant createdAt, Instant startedAt,
        Instant finishedAt) {

    public static ImportJson of(LeadImport i) {
        return new ImportJson(i.getId(), i.getFileName(), i.getSizeBytes(), i.getImportedById(), i.getStatus().name(),
                i.percentDone(), i.getTotalRows().orElse(null), i.getRowsRead(), i.getImported(), i.getDuplicates(), i.getRejected(), i.getFailure(), i.getCreatedAt(),
                i.getStartedAt(), i.getFinishedAt());
    }
}
