package org.realtycrm.pipeline.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.pipeline.control.PullLedger;
import org.realtycrm.pipeline.control.SkipTracing;

/** The run's "trace" step: finds the kept owners' phones and emails ({@link SkipTracing}). */
@Dependent
@Named("skipTraceStep")
public class SkipTraceStep extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String pullId;

    @Inject
    SkipTracing tracing;

    @Inject
    PullLedger ledger;

    @Override
    public String process() throws InterruptedException {
        long id = Long.parseLong(pullId);
        tracing.trace(id, ledger.source(ledger.find(id).getSourceId()).getTraceWith());
        return "COMPLETED";
    }
}
