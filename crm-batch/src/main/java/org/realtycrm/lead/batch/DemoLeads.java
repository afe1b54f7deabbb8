package org.realtycrm.lead.batch;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Properties;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.lead.control.LeadSettings;
import org.realtycrm.platform.problem.AccessDeniedException;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.RecordNotFoundException;

/**
 * Fills an installation with synthetic leads for a demo or a trial ({@code ./crm start --demo}): leads of the last
 * 90 days with the timelines, statuses and follow-ups of a working office, as of the moment the job starts. Refused
 * unless {@code crm.demo.enabled} is true, so that a production system cannot be polluted by accident.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class DemoLeads {

    static final String JOB = "demo-leads";
    public static final int MAX_COUNT = 200_000;

    @Inject
    @ConfigProperty(name = "crm.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = LeadSettings.TIME_ZONE)
    String zone;

    /** What a demo run has done so far. */
    public record Progress(long executionId, String status, long generated, long skipped) {
    }

    public long start(int count, long seed) {
        if (!enabled) {
            throw new AccessDeniedException("demo data is disabled on this installation (crm.demo.enabled=false)");
        }
        if (count < 1 || count > MAX_COUNT) {
            throw new InvalidInputException("count", "must be between 1 and " + MAX_COUNT);
        }
        Properties parameters = new Properties();
        parameters.setProperty("count", String.valueOf(count));
        parameters.setProperty("seed", String.valueOf(seed));
        // the leads' past is told as of this moment, in the brokerage's zone, so that every chunk tells one story
        parameters.setProperty("asOf", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        parameters.setProperty("zone", ZoneId.of(zone).getId());
        JobLogContext.copyInto(parameters);
        return BatchRuntime.getJobOperator().start(JOB, parameters);
    }

    public Progress progress(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        try {
            JobExecution execution = operator.getJobExecution(executionId);
            if (!JOB.equals(execution.getJobName())) {
                throw new RecordNotFoundException("demo run", executionId);
            }
            long written = 0;
            long filtered = 0;
            for (StepExecution step : operator.getStepExecutions(executionId)) {
                for (Metric metric : step.getMetrics()) {
                    if (metric.getType() == Metric.MetricType.WRITE_COUNT) {
                        written += metric.getValue();
                    } else if (metric.getType() == Metric.MetricType.FILTER_COUNT) {
                        filtered += metric.getValue();
                    }
                }
            }
            return new Progress(executionId, execution.getBatchStatus().name(), written, filtered);
        } catch (NoSuchJobExecutionException e) {
            throw new RecordNotFoundException("demo run", executionId);
        }
    }
}
