package org.realtycrm.pipeline.batch;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.pipeline.control.PullLedger;
import org.realtycrm.pipeline.control.PulledItem;
import org.realtycrm.pipeline.entity.ColumnMapping;
import org.realtycrm.pipeline.entity.ListPull;
import org.realtycrm.pipeline.entity.ListRowReader;
import org.realtycrm.pipeline.entity.ListSource;
import org.realtycrm.pipeline.entity.MappedHeader;
import org.realtycrm.pipeline.entity.RowRejectedException;
import org.realtycrm.pipeline.entity.TargetCriteria;
import org.realtycrm.pipeline.entity.TargetFilters;
import org.realtycrm.platform.batch.FileParts;
import org.realtycrm.platform.csv.CsvFormatException;
import org.realtycrm.platform.csv.CsvParts;
import org.realtycrm.platform.csv.CsvPosition;
import org.realtycrm.platform.csv.CsvRow;
import org.realtycrm.platform.csv.CsvRows;

/**
 * Reads one part of a pulled list ({@link PullPartitions}) record by record through its source's mapping, and sorts
 * each into kept (the criteria take it), filtered (they do not) or rejected (it cannot be read). It starts at the
 * part's stored resume position ({@link FileParts}), so a restarted run reads on from the first record not yet
 * stored; the position after each item is left for the writer, which stores it with the chunk.
 */
@Dependent
@Named("pulledRowReader")
public class PulledRowReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String pullId;

    /** Which part of the file ({@link PullPartitions}). */
    @Inject
    @BatchProperty
    String part;

    @Inject
    StepContext step;

    @Inject
    FileParts fileParts;

    @Inject
    PartFailures failures;

    @Inject
    PullLedger ledger;

    @Inject
    PullFiles files;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    private CsvRows rows;
    private CsvRow current;
    private ListRowReader reader;
    private TargetFilters filters;
    private long fileSize;
    /** Where the next part starts: this part ends at the record before it. */
    private long partEnd;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Override
    public void open(Serializable noCheckpoint) throws IOException {
        try {
            openPart();
        } catch (IOException | RuntimeException e) {
            failures.record(Long.parseLong(pullId), "parse", e);
            throw e;
        }
    }

    private void openPart() throws IOException {
        ListPull pull = ledger.find(Long.parseLong(pullId));
        ListSource source = ledger.source(pull.getSourceId());
        ColumnMapping mapping = em.find(ColumnMapping.class, source.getMappingId());
        TargetCriteria criteria = source.getCriteriaId() == null ? null
                : em.find(TargetCriteria.class, source.getCriteriaId());
        filters = criteria == null ? TargetFilters.NONE : criteria.getFilters();
        Path file = files.localCopy(pull);
        fileSize = Files.size(file);
        rows = CsvRows.open(file, CsvPosition.START);
        CsvRow header = rows.next();
        if (header == null) {
            throw new CsvFormatException("the file is empty");
        }
        MappedHeader mapped = mapping.over(header.values());
        if (!mapped.problems().isEmpty()) {
            throw new CsvFormatException("mapping " + mapping.getName() + " does not fit this file: "
                    + String.join("; ", mapped.problems()));
        }
        reader = new ListRowReader(mapped, today);
        FileParts.Progress progress = fileParts.of(PullPartitions.PARTS, pull.getId(), partNumber(pull.getId()));
        partEnd = Math.min(progress.toOffset(), fileSize);
        CsvPosition from = progress.next();
        // a part starts at a record; only the one part of a run begun before parts starts at the file's start, where
        // the header just read already is
        if (from.byteOffset() > 0) {
            rows.close();
            rows = from.byteOffset() >= partEnd ? null : CsvRows.open(file, from);
        }
        current = next();
    }

    /**
     * This reader's part. A run begun before the step was partitioned restarts with the job as it was then (the batch
     * runtime keeps it), without parts: its file is then one part, resuming where the run stopped (migration V37).
     */
    private int partNumber(long pullId) {
        if (part != null && !part.isBlank()) {
            return Integer.parseInt(part);
        }
        fileParts.plan(PullPartitions.PARTS, pullId, List.of(new CsvParts.Part(CsvPosition.START, CsvPosition.END)));
        return 0;
    }

    /** The part's next record, or {@code null} at the part's end. */
    private CsvRow next() throws IOException {
        CsvRow record = rows == null ? null : rows.next();
        return record == null || record.start().byteOffset() >= partEnd ? null : record;
    }

    @Override
    public Object readItem() throws IOException {
        if (current == null) {
            return null;
        }
        PulledItem item = sort(current);
        try {
            current = next();
        } catch (IOException | RuntimeException e) {
            failures.record(Long.parseLong(pullId), "parse", e);
            throw e;
        }
        // past the part's last record: its end, which the next part's first record (if any) starts at
        step.setTransientUserData(current == null ? new CsvPosition(partEnd, Long.MAX_VALUE) : current.start());
        return item;
    }

    private PulledItem sort(CsvRow record) {
        try {
            var row = reader.read(record.line(), record.values());
            return filters.matches(row, today) ? new PulledItem.Kept(row) : new PulledItem.Filtered(record.line());
        } catch (RowRejectedException e) {
            return new PulledItem.Rejected(record.line(), e.getMessage());
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return null; // the writer stores the position with the chunk
    }

    @Override
    public void close() throws IOException {
        if (rows != null) {
            rows.close();
        }
    }
}
