package org.realtycrm.lead.batch;

import java.io.IOException;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
import org.realtycrm.lead.control.ImportedIntoPonds;
import org.realtycrm.lead.control.LeadPlacement;
import org.realtycrm.lead.control.LeadsCreated;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadFacts;
import org.realtycrm.lead.entity.LeadImport;
import org.realtycrm.lead.entity.LeadIntake;
import org.realtycrm.lead.entity.LeadImportRepository;
import org.realtycrm.notification.control.LeadAssignedNotices;

/**
 * Writes one chunk of an import in its transaction (see {@link ImportChunkStore}). Who gets the new leads follows
 * the API's rule: an admin's import is placed by the routing rules, lead by lead as the API places one (to an agent,
 * a team's turn, a pond, else round-robin among the on-duty agents), the decisions for the whole chunk taken at once
 * ({@link ImportRouting}); an agent's import is theirs. Routed agents, and the members of a pond that got leads, get
 * one notification per chunk, not one per lead, keyed by the import and the chunk's first line so that a chunk re-run
 * after a crash cannot notify twice.
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
    ImportedIntoPonds ponds;

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
            List<Long> candidates = store.stage(rows);
            List<LeadPlacement> placements = placements(rows, candidates);
            ImportChunkStored stored = store.store(placements, importer.getId(),
                    Integer.parseInt(part), (CsvPosition) step.getTransientUserData());
            // counted once the chunk's transaction commits (a chunk re-run after a crash committed only once)
            chunks.fire(stored);
            leadsCreated.fire(new LeadsCreated(LeadIntake.IMPORT, stored.imported()));
            String chunk = "lead-import:" + leadImport.getId() + ":line:" + rows.get(0).line();
            String origin = "import " + leadImport.getId() + " (" + leadImport.getFileName() + ")";
            stored.perAgent().forEach((agentId, count) -> {
                if (agentId != importer.getId()) {
                    notices.announceImported(agentId, count, origin, chunk + ":agent:" + agentId);
                }
            });
            ponds.announce(stored.perPond(), placements, origin, chunk);
        }
    }

    /** One placement for each candidate line, in line order. */
    private List<LeadPlacement> placements(List<ImportedRow> rows, List<Long> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        if (importer.getRole() != Role.ADMIN) {
            return Collections.nCopies(candidates.size(), LeadPlacement.ownedBy(importer.getId()));
        }
        Map<Long, Lead> byLine = rows.stream().filter(ImportedRow.Valid.class::isInstance)
                .map(ImportedRow.Valid.class::cast)
                .collect(Collectors.toMap(ImportedRow.Valid::line, ImportedRow.Valid::lead));
        return routing.place(candidates.stream().map(line -> LeadFacts.of(byLine.get(line))).toList());
    }
}
