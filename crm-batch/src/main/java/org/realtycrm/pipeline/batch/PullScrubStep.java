package org.realtycrm.pipeline.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;


/** The run's "scrub" step: the owners' phones against the Do-Not-Call registry ({@link PullScrubbing}). */
@Dependent
@Named("pullScrubStep")
public class PullScrubStep extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String pullId;

    @Inject
    PullScrubbing scrubs;

    @Override
    public String process() {
        scrubs.scrub(Long.parseLong(pullId));
        return "COMPLETED";
    }
}
