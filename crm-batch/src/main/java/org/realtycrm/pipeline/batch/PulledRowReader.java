package org.realtycrm.pipeline.batch;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

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
import org.realtycrm.platform.csv.CsvFormatException;
import org.realtycrm.platform.csv.CsvPosition;
import org.realtycrm.platform.csv.CsvRow;
import org.realtycrm.platform.csv.CsvRows;

/**
 * Reads a pulled list record by record through its source's mapping, and sorts each into kept (the criteria take
 * it), filtered (they do not) or rejected (it cannot be read). It starts at the pull's stored resume position, so a
 * restarted run reads on from the first record not yet stored; the position after each item is left for the writer,
 * which stores it with the chunk.
 */
@Dependent
@Named("pulledRowReader")
public class PulledRowReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String pullId;

    @Inject
    StepContext step;

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
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Override
    public void open(Serializable noCheckpoint) throws IOException {
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
        if (pull.getNextOffset() > 0) {
            rows.close();
            rows = pull.getNextOffset() >= fileSize ? null
                    : CsvRows.open(file, new CsvPosition(pull.getNextOffset(), pull.getNextLine()));
        }
        current = rows == null ? null : rows.next();
    }

    @Override
    public Object readItem() throws IOException {
        if (current == null) {
            return null;
        }
        PulledItem item = sort(current);
        current = rows.next();
        step.setTransientUserData(current == null ? new CsvPosition(fileSize, Long.MAX_VALUE) : current.start());
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
