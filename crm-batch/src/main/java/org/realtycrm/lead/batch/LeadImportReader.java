package org.realtycrm.lead.batch;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.lead.entity.LeadImportRepository;

/**
 * Reads an uploaded CSV file one record at a time and validates it ({@link RowValidation}), reading ahead on a
 * managed thread ({@link RowsAhead}) so that the next rows are parsed while the current chunk is stored. Its
 * checkpoint is where the next record not yet handed on starts (byte offset and line), so a restart seeks there
 * directly.
 */
@Dependent
@Named("leadImportReader")
public class LeadImportReader extends AbstractItemReader {

    /** Rows validated ahead, at most: two chunks of the default size. */
    private static final int READ_AHEAD = 10_000;

    @Inject
    @BatchProperty
    String importId;

    @Inject
    LeadImportRepository imports;

    @Inject
    RowValidation validation;

    @Resource
    ManagedExecutorService executor;

    private RowsAhead ahead;
    private CsvPosition checkpoint = CsvPosition.END;

    @Override
    public void open(Serializable restartAt) throws IOException {
        Path file = Path.of(imports.find(Long.parseLong(importId))
                .orElseThrow(() -> new IllegalStateException("import " + importId + " does not exist"))
                .getStoredPath());
        ImportColumns columns;
        CsvPosition from;
        try (CsvRows header = CsvRows.open(file, CsvPosition.START)) {
            CsvRow first = header.next();
            if (first == null) {
                throw new CsvFormatException("the file is empty");
            }
            columns = ImportColumns.fromHeader(first.values());
            CsvRow firstRow = restartAt == null ? header.next() : null;
            from = restartAt != null ? (CsvPosition) restartAt : firstRow == null ? CsvPosition.END : firstRow.start();
        }
        checkpoint = from;
        if (!from.equals(CsvPosition.END)) {
            ahead = new RowsAhead(executor, CsvRows.open(file, from), row -> validation.validate(row, columns),
                    READ_AHEAD);
        }
    }

    @Override
    public Object readItem() throws IOException {
        RowsAhead.Ahead next = ahead == null ? null : ahead.next();
        if (next == null) {
            return null;
        }
        checkpoint = next.after();
        return next.row();
    }

    @Override
    public Serializable checkpointInfo() {
        return checkpoint;
    }

    @Override
    public void close() {
        if (ahead != null) {
            ahead.close();
        }
    }
}
