package org.realtycrm.pipeline.batch;

import java.io.Serializable;
import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.lead.control.ImportRouting;
import org.realtycrm.pipeline.control.ListLeads;
import org.realtycrm.pipeline.control.PullLedger;
import org.realtycrm.pipeline.control.PulledOwner;
import org.realtycrm.pipeline.entity.ListPull;

/**
 * Stores one chunk of the "import" step in the chunk's transaction: its owners become leads or merge into theirs
 * ({@link ListLeads}), and the step's position and counts move with them. The new leads are placed by the routing
 * rules in a transaction of their own ({@link ImportRouting}).
 */
@Dependent
@Named("ownersToLeadsWriter")
public class OwnersToLeadsWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String pullId;

    @Inject
    PullLedger ledger;

    @Inject
    ListLeads leads;

    @Inject
    ImportRouting routing;

    private ListLeads.ListOrigin origin;

    @Override
    public void open(Serializable checkpoint) {
        ListPull pull = ledger.find(Long.parseLong(pullId));
        origin = new ListLeads.ListOrigin(pull.getId(), pull.getFileName(),
                ledger.source(pull.getSourceId()).getName(), pull.getReceivedById());
    }

    @Override
    public void writeItems(List<Object> items) {
        List<PulledOwner> owners = items.stream().map(PulledOwner.class::cast).toList();
        leads.importChunk(origin, owners, owners.get(owners.size() - 1).line(), routing::place);
    }
}
