package org.realtycrm.lead.batch;

import java.nio.file.Path;
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

import org.realtycrm.lead.entity.ImportStatus;
import org.realtycrm.lead.control.ImportAudit;
import org.realtycrm.lead.entity.LeadImportRepository;
import org.realtycrm.platform.problem.RootCause;

/**
 * Keeps the import row's status in step with the job: RUNNING (with the execution and this server instance) when
 * an execution begins, COMPLETED or FAILED when it ends, with the step's failure in words. An execution killed with
 * its server ends neither way: {@link ImportRecovery} finds it at the next start.
 */
@Dependent
@Named("importJobListener")
public class ImportJobListener implements JobListener, StepListener {

    private static final Logger LOG = Logger.getLogger(ImportJobListener.class.getName());

    @Inject
    @BatchProperty
    String importId;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    LeadImportRepository imports;

    @Inject
    ImportAudit audit;

    @Inject
    ImportFiles files;

    @Override
    public void beforeJob() {
        imports.markRunning(id(), job.getExecutionId(), ImportRunner.name());
    }

    @Override
    public void afterJob() {
        // a failed step has already recorded its reason (afterStep); this only settles a clean end
        if (job.getBatchStatus() == BatchStatus.COMPLETED || job.getBatchStatus() == BatchStatus.STARTED) {
            audit.finish(id(), ImportStatus.COMPLETED, null);
            LOG.log(Level.INFO, "Import {0} completed (execution {1})",
                    new Object[] {importId, String.valueOf(job.getExecutionId())});
        } else {
            audit.finish(id(), ImportStatus.FAILED, "the import job ended " + job.getBatchStatus());
        }
        // the uploaded file holds the contact data in the clear: once the job is over, what it imported is in the
        // database (sealed), and the rejected lines too, so the file goes
        imports.find(id()).ifPresent(done -> files.delete(Path.of(done.getStoredPath())));
    }

    @Override
    public void beforeStep() {
        // nothing to prepare
    }

    @Override
    public void afterStep() {
        Exception failure = step.getException();
        if (failure != null) {
            LOG.log(Level.WARNING, "Import " + importId + " failed", failure);
            audit.finish(id(), ImportStatus.FAILED, RootCause.message(failure));
        }
    }

    private long id() {
        return Long.parseLong(importId);
    }
}
