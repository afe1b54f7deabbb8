package org.realtycrm.lead.batch;

import java.io.IOException;
import java.nio.file.Path;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.platform.csv.CsvFormatException;
import org.realtycrm.platform.csv.CsvParts;
import org.realtycrm.lead.entity.LeadImportRepository;
import org.realtycrm.platform.batch.FileParts;
import org.realtycrm.platform.batch.SideBySideParts;

/**
 * Cuts an import's file into parts of {@link #ROWS_PER_PART} rows ({@link CsvParts}) that are stored side by side,
 * {@code writers} at a time: storing a chunk is database work on one connection, and a second connection keeps a second core busy. One
 * pass over the file finds where each part starts (a record start, so a quoted field spanning lines is never cut)
 * and counts the rows, the measure of the import's progress.
 * <p>
 * The plan is recorded ({@link FileParts}) before any part runs; a restart after a crash takes it from there, and
 * each part resumes where its last committed chunk left it ({@link SideBySideParts}). Duplicates within one part are settled in line order;
 * between two parts stored at the same time the unique indexes decide, and the row that comes second is reported as
 * a duplicate of the line that won.
 */
@Dependent
@Named("importPartitions")
public class ImportPartitions implements PartitionMapper {

    /** Rows per part: large enough that a part is several chunks, small enough that the writers stay busy. */
    static final int ROWS_PER_PART = 20_000;

    /** Where the parts and their positions are kept. */
    static final FileParts.Table PARTS = new FileParts.Table("lead_import_parts", "import_id");

    @Inject
    @BatchProperty
    String importId;

    @Inject
    @BatchProperty
    String writers;

    @Inject
    LeadImportRepository imports;

    @Inject
    FileParts fileParts;

    @Override
    public PartitionPlan mapPartitions() throws IOException {
        long id = Long.parseLong(importId);
        int count = fileParts.planOnce(PARTS, id, () -> {
            Path file = Path.of(imports.find(id)
                    .orElseThrow(() -> new IllegalStateException("import " + id + " does not exist")).getStoredPath());
            CsvParts parts = split(file, ROWS_PER_PART);
            imports.recordTotalRows(id, parts.records());
            return parts;
        });
        return SideBySideParts.plan(count, Integer.parseInt(writers));
    }

    /**
     * Reads the whole file once and cuts it into parts of at most {@code rowsPerPart} rows.
     *
     * @throws CsvFormatException when the file is empty or its header names no usable column
     */
    static CsvParts split(Path file, int rowsPerPart) throws IOException {
        return CsvParts.belowHeader(file, rowsPerPart, ImportColumns::fromHeader);
    }
}
