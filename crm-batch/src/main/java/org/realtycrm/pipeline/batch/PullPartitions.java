package org.realtycrm.pipeline.batch;

import java.io.IOException;
import java.nio.file.Path;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.realtycrm.pipeline.control.PullLedger;
import org.realtycrm.platform.batch.FileParts;
import org.realtycrm.platform.batch.SideBySideParts;
import org.realtycrm.platform.csv.CsvParts;

/**
 * Cuts a list's file into parts of {@code rowsPerPart} records ({@code crm.pipeline.rows-per-part}) whose parse is
 * stored side by side, {@code writers} at a time (ADR 0007). A part's reading (the file through its mapping, the
 * criteria: Payara's work) runs while another part's chunk is stored; the chunks' placing of properties and storing
 * of rows (PostgreSQL's work) take turns, under the placement lock ({@code OffMarketProperties}). The plan is
 * recorded before any part runs ({@link FileParts}); a restart after a crash takes it from there and each part
 * resumes at its first record not stored ({@link SideBySideParts}).
 * <p>
 * Rows of one property in one part act on it in line order (see {@code OffMarketProperties}); rows of one property in
 * two parts act on it in the order their chunks commit.
 */
@Dependent
@Named("pullPartitions")
public class PullPartitions implements PartitionMapper {

    /** Where the parts and their positions are kept. */
    static final FileParts.Table PARTS = new FileParts.Table("pipeline_pull_parts", "pull_id");

    @Inject
    @BatchProperty
    String pullId;

    @Inject
    @BatchProperty
    String writers;

    /** Records per part: several chunks, and few enough parts that the writers stay busy to the end. */
    @Inject
    @BatchProperty
    String rowsPerPart;

    @Inject
    PullLedger ledger;

    @Inject
    PullFiles files;

    @Inject
    FileParts fileParts;

    @Inject
    PartFailures failures;

    @Override
    public PartitionPlan mapPartitions() throws IOException {
        long id = Long.parseLong(pullId);
        int count;
        try {
            // fetched before the plan's transaction; whether the header fits the mapping each part's reader checks
            Path file = files.localCopy(ledger.find(id));
            count = fileParts.planOnce(PARTS, id, () -> CsvParts.belowHeader(file, Integer.parseInt(rowsPerPart),
                    header -> { }));
        } catch (IOException | RuntimeException e) {
            failures.record(id, "parse", e); // an empty file, a document gone from the store
            throw e;
        }
        return SideBySideParts.plan(count, Integer.parseInt(writers));
    }
}
