package org.realtycrm.pipeline.batch;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.pipeline.control.ListLeads;
import org.realtycrm.pipeline.control.PullLedger;
import org.realtycrm.pipeline.control.PulledOwner;
import org.realtycrm.pipeline.entity.LeadImport;
import org.realtycrm.pipeline.entity.ListPull;

/**
 * Reads the rows of the run's "import" step in line order, a page at a time. It starts after the position the
 * writer commits with each chunk (not at the batch runtime's checkpoint), so a chunk rolled back, retried or
 * interrupted by a crash is read again from the first row not imported.
 */
@Dependent
@Named("ownersToImportReader")
public class OwnersToImportReader extends AbstractItemReader {

    private static final int PAGE = 1_000;

    @Inject
    @BatchProperty
    String pullId;

    @Inject
    PullLedger ledger;

    @Inject
    ListLeads leads;

    private final Deque<PulledOwner> page = new ArrayDeque<>();
    private boolean respondersOnly;
    private long lastLine;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        ListPull pull = ledger.find(Long.parseLong(pullId));
        respondersOnly = ledger.source(pull.getSourceId()).getLeadImport() == LeadImport.RESPONDERS;
        lastLine = pull.getImportedUpToLine();
        page.clear();
        exhausted = false;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            page.addAll(leads.ownersAfter(Long.parseLong(pullId), lastLine, respondersOnly, PAGE));
            exhausted = page.size() < PAGE;
        }
        PulledOwner next = page.poll();
        if (next != null) {
            lastLine = next.line();
        }
        return next;
    }
}
