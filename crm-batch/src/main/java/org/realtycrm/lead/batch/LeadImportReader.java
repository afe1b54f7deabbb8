package org.realtycrm.lead.batch;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.lead.entity.LeadImportRepository;

/**
 * Reads an uploaded CSV file one record at a time. Its checkpoint is where the next record starts (byte offset and
 * line), so a restart seeks there directly. It reads one record ahead to know that position.
 */
@Dependent
@Named("leadImportReader")
public class LeadImportReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String importId;

    @Inject
    JobContext job;

    @Inject
    LeadImportRepository imports;

    private CsvRows rows;
    private CsvRow next;

    @Override
    public void open(Serializable checkpoint) throws IOException {
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
            next = checkpoint == null ? header.next() : null;
        }
        // the processor maps rows with the same columns
        job.setTransientUserData(columns);
        CsvPosition from = checkpoint != null ? (CsvPosition) checkpoint : next == null ? null : next.start();
        if (from != null && !from.equals(CsvPosition.END)) {
            rows = CsvRows.open(file, from);
            next = rows.next();
        }
    }

    @Override
    public Object readItem() throws IOException {
        CsvRow current = next;
        if (current != null) {
            next = rows.next();
        }
        return current;
    }

    @Override
    public Serializable checkpointInfo() {
        return next == null ? CsvPosition.END : next.start();
    }

    @Override
    public void close() throws IOException {
        if (rows != null) {
            rows.close();
        }
    }
}
