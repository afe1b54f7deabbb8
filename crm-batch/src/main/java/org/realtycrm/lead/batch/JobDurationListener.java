package org.realtycrm.lead.batch;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.platform.metrics.RunDurations;

/**
 * Records how long each execution of a job took, from the start the batch runtime recorded to now, as
 * {@code crm.job.duration{job="<job id>"}}: whatever the outcome, and a restarted execution from its own start.
 */
@Dependent
@Named("jobDurationListener")
public class JobDurationListener implements JobListener {

    /** The jobs that declare this listener (their job XML ids). */
    static final List<String> JOBS = List.of("lead-import", "demo-leads");

    @Inject
    JobContext job;

    @Inject
    RunDurations durations;

    @Override
    public void beforeJob() {
        // the batch runtime records the start
    }

    @Override
    public void afterJob() {
        Date started = BatchRuntime.getJobOperator().getJobExecution(job.getExecutionId()).getStartTime();
        if (started != null) {
            durations.job(job.getJobName()).update(Duration.between(started.toInstant(), Instant.now()));
        }
    }
}
