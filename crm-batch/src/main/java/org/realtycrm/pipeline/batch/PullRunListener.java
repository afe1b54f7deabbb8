package org.realtycrm.pipeline.batch;

import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.pipeline.control.PullLedger;
import org.realtycrm.pipeline.entity.PullStatus;
import org.realtycrm.platform.problem.RootCause;

/**
 * Keeps a pull's status in step with its run: the step running (PARSING, TRACING, SCRUBBING, IMPORTING, EXPORTING), DONE when the run completes,
 * FAILED with the failing step's reason in words. The local copy of the file goes once the run is done.
 */
@Dependent
@Named("pullRunListener")
public class PullRunListener implements JobListener, StepListener {

    private static final Logger LOG = Logger.getLogger(PullRunListener.class.getName());

    @Inject
    @BatchProperty
    String pullId;

    /**
     * Set in a part of a partitioned step (the batch runtime runs a step's listeners in each part as well as for the
     * whole step): a part leaves the pull to the whole step, and only says why it failed.
     */
    @Inject
    @BatchProperty
    String part;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    PullLedger ledger;

    @Inject
    PullFiles files;

    @Inject
    PartFailures partFailures;

    @Override
    public void beforeJob() {
        partFailures.take(id()); // what an earlier run's parts left
        ledger.started(id(), job.getExecutionId());
    }

    @Override
    public void afterJob() throws IOException {
        if (job.getBatchStatus() == BatchStatus.COMPLETED || job.getBatchStatus() == BatchStatus.STARTED) {
            ledger.finished(id());
            files.removeCopy(ledger.find(id()));
        } else if (job.getExitStatus() == null || !job.getExitStatus().startsWith("FAILED:")) {
            ledger.failed(id(), partFailures.take(id()).orElse("the run ended " + job.getBatchStatus()));
        }
    }

    @Override
    public void beforeStep() {
        if (inPart()) {
            return;
        }
        PullStatus status = switch (step.getStepName()) {
            case "parse" -> PullStatus.PARSING;
            case "trace" -> PullStatus.TRACING;
            case "scrub" -> PullStatus.SCRUBBING;
            case "import" -> PullStatus.IMPORTING;
            case "export" -> PullStatus.EXPORTING;
            default -> throw new IllegalStateException("list-pull has no step " + step.getStepName());
        };
        ledger.stepStarted(id(), status);
    }

    @Override
    public void afterStep() {
        Exception failure = step.getException();
        if (inPart()) {
            // the pull stops once, when every part has ended (the step's own afterStep, below)
            if (failure != null) {
                partFailures.record(id(), step.getStepName(), failure);
            }
            return;
        }
        // a partitioned step's own failure only says that a part failed: the part said why
        Optional<String> partReason = failure == null && step.getBatchStatus() != BatchStatus.FAILED ? Optional.empty()
                : partFailures.take(id());
        if (failure != null || partReason.isPresent()) {
            if (failure != null) {
                LOG.log(Level.WARNING, "List pull " + pullId + " failed in step " + step.getStepName(), failure);
            }
            String reason = partReason.orElseGet(() -> step.getStepName() + ": " + RootCause.message(failure));
            ledger.failed(id(), reason);
            job.setExitStatus("FAILED: " + reason);
        }
    }

    private boolean inPart() {
        return part != null && !part.isBlank();
    }

    private long id() {
        return Long.parseLong(pullId);
    }
}
