package org.realtycrm.lead.batch;

import java.io.IOException;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.platform.csv.CsvPosition;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.identity.entity.User;
import org.realtycrm.identity.entity.UserRepository;
import org.realtycrm.lead.control.ImportRouting;
import org.realtycrm.lead.control.LeadsCreated;
import org.realtycrm.lead.entity.LeadImport;
import org.realtycrm.lead.entity.LeadIntake;
import org.realtycrm.lead.entity.LeadImportRepository;
import org.realtycrm.notification.control.LeadAssignedNotices;

/**
 * Writes one chunk of an import in its transaction (see {@link ImportChunkStore}). Who gets the new leads follows
 * the API's rule: an admin's import is routed round-robin among the active agents, turns taken for the whole chunk
 * at once ({@link ImportRouting}); an agent's import is theirs. Routed agents get one notification per chunk, not one
 * per lead, keyed by the import and the chunk's first line so that a chunk re-run after a crash cannot notify twice.
 */
@Dependent
@Named("importChunkWriter")
public class ImportChunkWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String importId;

    /** Which part of the file ({@link ImportPartitions}). */
    @Inject
    @BatchProperty
    String part;

    /** The reader leaves the position after the chunk's last row here. */
    @Inject
    StepContext step;

    @Resource(lookup = "jdbc/crm")
    DataSource database;

    @Inject
    LeadImportRepository imports;

    @Inject
    UserRepository users;

    @Inject
    ImportRouting routing;

    @Inject
    LeadAssignedNotices notices;

    @Inject
    Event<ImportChunkStored> chunks;

    @Inject
    Event<LeadsCreated> leadsCreated;

    private LeadImport leadImport;
    private User importer;

    @Override
    public void open(Serializable checkpoint) {
        leadImport = imports.find(Long.parseLong(importId))
                .orElseThrow(() -> new IllegalStateException("import " + importId + " does not exist"));
        importer = users.findById(leadImport.getImportedById())
                .orElseThrow(() -> new IllegalStateException("the importing user is gone"));
    }

    @Override
    public void writeItems(List<Object> items) throws SQLException, IOException {
        List<ImportedRow> rows = items.stream().map(ImportedRow.class::cast).toList();
        try (Connection connection = database.getConnection()) {
            ImportChunkStore store = new ImportChunkStore(connection, leadImport.getId());
            int candidates = store.stage(rows);
            ImportChunkStored stored = store.store(owners(candidates), importer.getId(),
                    Integer.parseInt(part), (CsvPosition) step.getTransientUserData());
            // counted once the chunk's transaction commits (a chunk re-run after a crash committed only once)
            chunks.fire(stored);
            leadsCreated.fire(new LeadsCreated(LeadIntake.IMPORT, stored.imported()));
            long firstLine = rows.get(0).line();
            stored.perAgent().forEach((agentId, count) -> {
                if (agentId != importer.getId()) {
                    notices.announceImported(agentId, count,
                            "import " + leadImport.getId() + " (" + leadImport.getFileName() + ")",
                            "lead-import:" + leadImport.getId() + ":line:" + firstLine + ":agent:" + agentId);
                }
            });
        }
    }

    private List<Long> owners(int count) {
        if (count == 0) {
            return List.of();
        }
        if (importer.getRole() != Role.ADMIN) {
            return Collections.nCopies(count, importer.getId());
        }
        return routing.nextAgents(count);
    }
}
