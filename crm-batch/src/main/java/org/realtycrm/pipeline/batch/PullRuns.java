package org.realtycrm.pipeline.batch;

import java.util.Properties;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.pipeline.control.PullLedger;
import org.realtycrm.pipeline.entity.ListPull;

/** Starts and restarts the run of a pull (the {@code list-pull} job). */
@ApplicationScoped
public class PullRuns {

    static final String JOB = "list-pull";

    @Inject
    PullLedger ledger;

    @Inject
    @ConfigProperty(name = "crm.pipeline.chunk-size", defaultValue = "1000")
    int chunkSize;

    /** Parts of a list's file parsed side by side, each on its own database connection. */
    @Inject
    @ConfigProperty(name = "crm.pipeline.writers", defaultValue = "2")
    int writers;

    @Inject
    @ConfigProperty(name = "crm.pipeline.rows-per-part", defaultValue = "20000")
    int rowsPerPart;

    /**
     * Call after the pull has committed: the job looks for it on another thread. The job's listener records the
     * execution when it begins (the job may be over before this call returns).
     */
    public void start(ListPull pull) {
        BatchRuntime.getJobOperator().start(JOB, parameters(pull.getId()));
    }

    /** Runs a stopped pull on; it reads as received again until its run begins. */
    /** @param byUserId who asked; {@code null} for the node's recovery after a crash */
    public void restart(ListPull pull, Long byUserId) {
        ledger.restartRequested(pull.getId(), byUserId);
        try {
            BatchRuntime.getJobOperator().restart(pull.getJobExecutionId(), parameters(pull.getId()));
        } catch (RuntimeException refused) {
            // the run is stopped still (its last execution not yet ended, say): it stays restartable
            ledger.failed(pull.getId(), "the restart was refused: " + refused.getMessage());
            throw refused;
        }
    }

    private Properties parameters(long pullId) {
        Properties parameters = new Properties();
        parameters.setProperty("pullId", Long.toString(pullId));
        parameters.setProperty("chunkSize", Integer.toString(chunkSize));
        parameters.setProperty("writers", Integer.toString(writers));
        parameters.setProperty("rowsPerPart", Integer.toString(rowsPerPart));
        return parameters;
    }
}
