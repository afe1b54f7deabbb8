package org.realtycrm.lead.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.platform.csv.CsvFormatException;
import org.realtycrm.platform.csv.CsvPosition;
import org.realtycrm.platform.csv.CsvRow;
import org.realtycrm.platform.csv.CsvRows;
import org.realtycrm.lead.entity.LeadImportRepository;

/**
 * Cuts an import's file into parts of {@link #ROWS_PER_PART} rows that are stored side by side, {@code writers} at a
 * time: storing a chunk is database work on one connection, and a second connection keeps a second core busy. One
 * pass over the file finds where each part starts (a record start, so a quoted field spanning lines is never cut)
 * and counts the rows, the measure of the import's progress.
 * <p>
 * The plan is recorded ({@link ImportParts}) before any part runs; a restart after a crash takes it from there, and
 * each part resumes where its last committed chunk left it. Duplicates within one part are settled in line order;
 * between two parts stored at the same time the unique indexes decide, and the row that comes second is reported as
 * a duplicate of the line that won.
 */
@Dependent
@Named("importPartitions")
public class ImportPartitions implements PartitionMapper {

    /** Rows per part: large enough that a part is several chunks, small enough that the writers stay busy. */
    static final int ROWS_PER_PART = 20_000;

    @Inject
    @BatchProperty
    String importId;

    @Inject
    @BatchProperty
    String writers;

    @Inject
    LeadImportRepository imports;

    @Inject
    ImportParts importParts;

    /** Where a part starts and where the next one does ({@link CsvPosition#END} after the last). */
    record Part(CsvPosition from, CsvPosition to) {
    }

    @Override
    public PartitionPlan mapPartitions() throws IOException {
        long id = Long.parseLong(importId);
        int count = importParts.count(id);
        if (count == 0) {
            Path file = Path.of(imports.find(id)
                    .orElseThrow(() -> new IllegalStateException("import " + id + " does not exist")).getStoredPath());
            List<Part> parts = new ArrayList<>();
            long rows = split(file, ROWS_PER_PART, parts);
            importParts.plan(id, parts);
            imports.recordTotalRows(id, rows);
            count = parts.size();
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(count);
        plan.setThreads(Math.max(1, Math.min(Integer.parseInt(writers), count)));
        // a restart runs every part afresh: each seeks to its own recorded position (see ImportParts)
        plan.setPartitionsOverride(true);
        Properties[] properties = new Properties[count];
        for (int i = 0; i < count; i++) {
            properties[i] = new Properties();
            properties[i].setProperty("part", String.valueOf(i));
        }
        plan.setPartitionProperties(properties);
        return plan;
    }

    /**
     * Reads the whole file once and adds its parts of at most {@code rowsPerPart} rows; a file without rows is one
     * empty part.
     *
     * @return the rows below the header
     * @throws CsvFormatException when the file is empty or its header names no usable column
     */
    static long split(Path file, int rowsPerPart, List<Part> parts) throws IOException {
        try (CsvRows rows = CsvRows.open(file, CsvPosition.START)) {
            CsvRow header = rows.next();
            if (header == null) {
                throw new CsvFormatException("the file is empty");
            }
            ImportColumns.fromHeader(header.values());
            long count = 0;
            CsvPosition partStart = null;
            for (CsvRow row = rows.next(); row != null; row = rows.next()) {
                if (count % rowsPerPart == 0) {
                    if (partStart != null) {
                        parts.add(new Part(partStart, row.start()));
                    }
                    partStart = row.start();
                }
                count++;
            }
            parts.add(partStart == null ? new Part(CsvPosition.END, CsvPosition.END)
                    : new Part(partStart, CsvPosition.END));
            return count;
        }
    }
}
