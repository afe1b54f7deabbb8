package org.realtycrm.pipeline.batch;

import java.io.IOException;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import javax.sql.DataSource;

import org.realtycrm.pipeline.control.PullChunkStore;
import org.realtycrm.pipeline.control.PullLedger;
import org.realtycrm.pipeline.control.PulledItem;
import org.realtycrm.platform.csv.CsvPosition;

/** Stores one chunk of a pull in the chunk's transaction ({@link PullChunkStore}). */
@Dependent
@Named("pulledRowWriter")
public class PulledRowWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String pullId;

    /** The reader leaves the position after the chunk's last row here. */
    @Inject
    StepContext step;

    /**
     * Which part of the file ({@link PullPartitions}): the chunk moves its resume position. None in a run begun
     * before the step was partitioned: its file is one part ({@link PulledRowReader}).
     */
    @Inject
    @BatchProperty
    String part;

    @Inject
    PullLedger ledger;

    /** Why this part failed, for the run's listener (which only learns that a part did). */
    @Inject
    PartFailures failures;

    @Resource(lookup = "jdbc/crm")
    DataSource database;

    /** Who owns the new property records: the list's uploader (none for a pickup), read once per step. */
    private Long receivedBy;

    @Override
    public void open(Serializable checkpoint) {
        receivedBy = ledger.find(Long.parseLong(pullId)).getReceivedById();
    }

    @Override
    public void writeItems(List<Object> items) throws SQLException, IOException {
        long id = Long.parseLong(pullId);
        CsvPosition next = (CsvPosition) step.getTransientUserData();
        try (Connection connection = database.getConnection()) {
            new PullChunkStore(connection, id).store(items.stream().map(PulledItem.class::cast).toList(),
                    part == null || part.isBlank() ? 0 : Integer.parseInt(part), next, receivedBy);
        } catch (SQLException | IOException | RuntimeException e) {
            failures.record(id, "parse", e);
            throw e;
        }
    }
}
