package org.realtycrm.lead.batch;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.platform.csv.CsvFormatException;
import org.realtycrm.platform.csv.CsvPosition;
import org.realtycrm.platform.csv.CsvRow;
import org.realtycrm.platform.csv.CsvRows;
import org.realtycrm.lead.entity.LeadImportRepository;
import org.realtycrm.platform.batch.FileParts;

/**
 * Reads one part of an uploaded CSV file ({@link ImportPartitions}) one record at a time and validates it
 * ({@link RowValidation}), reading ahead on a managed thread ({@link RowsAhead}) so that the next rows are parsed
 * while the current chunk is stored. It starts where the part's last committed chunk left it ({@link FileParts}),
 * so a restart seeks there directly.
 */
@Dependent
@Named("leadImportReader")
public class LeadImportReader extends AbstractItemReader {

    /** Rows validated ahead, at most: two chunks of the default size. */
    private static final int READ_AHEAD = 10_000;

    @Inject
    @BatchProperty
    String importId;

    /** Which part of the file ({@link ImportPartitions}). */
    @Inject
    @BatchProperty
    String part;

    @Inject
    FileParts parts;

    @Inject
    StepContext step;

    @Inject
    LeadImportRepository imports;

    @Inject
    RowValidation validation;

    @Resource
    ManagedExecutorService executor;

    private RowsAhead ahead;

    @Override
    public void open(Serializable noCheckpoint) throws IOException {
        Path file = Path.of(imports.find(Long.parseLong(importId))
                .orElseThrow(() -> new IllegalStateException("import " + importId + " does not exist"))
                .getStoredPath());
        ImportColumns columns;
        try (CsvRows header = CsvRows.open(file, CsvPosition.START)) {
            CsvRow first = header.next();
            if (first == null) {
                throw new CsvFormatException("the file is empty");
            }
            columns = ImportColumns.fromHeader(first.values());
        }
        FileParts.Progress progress = parts.of(ImportPartitions.PARTS, Long.parseLong(importId),
                Integer.parseInt(part));
        CsvPosition from = progress.next();
        position(from);
        if (from.byteOffset() < progress.toOffset()) {
            ahead = new RowsAhead(executor, CsvRows.open(file, from), progress.toOffset(),
                    row -> validation.validate(row, columns), READ_AHEAD);
        }
    }

    @Override
    public Object readItem() throws IOException {
        RowsAhead.Ahead next = ahead == null ? null : ahead.next();
        if (next == null) {
            return null;
        }
        position(next.after());
        return next.row();
    }

    /**
     * Where the next record not yet handed on starts: the writer records it with the chunk (the part's own resume
     * position), which is why the batch runtime's checkpoint is not needed.
     */
    private void position(CsvPosition next) {
        step.setTransientUserData(next);
    }

    @Override
    public Serializable checkpointInfo() {
        return null;
    }

    @Override
    public void close() {
        if (ahead != null) {
            ahead.close();
        }
    }
}
