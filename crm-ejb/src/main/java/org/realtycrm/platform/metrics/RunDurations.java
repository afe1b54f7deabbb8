package org.realtycrm.platform.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * How long the background work takes: the runs of EJB timers ({@code crm.timer.duration{timer="…"}}) and of batch
 * jobs ({@code crm.job.duration{job="…"}}). Each is an MP Metrics timer; Prometheus sees a summary
 * ({@code crm_timer_duration_seconds_count} and {@code _sum} in seconds; Payara writes its {@code _max}, {@code _mean}
 * and quantiles in nanoseconds). Asking for a timer registers it, so a caller asks at start-up to have the series from
 * then on, at zero.
 */
@ApplicationScoped
public class RunDurations {

    public static final String TIMER = "crm.timer.duration";
    public static final String JOB = "crm.job.duration";

    // in seconds: without a unit Payara names the series without one and mixes nanoseconds and seconds in them
    private static final Metadata TIMER_RUNS = Metadata.builder().withName(TIMER).withUnit(MetricUnits.SECONDS)
            .withDescription("Duration of the runs of an EJB timer (label timer: mls-sync, follow-up-reminders)")
            .build();
    private static final Metadata JOB_RUNS = Metadata.builder().withName(JOB).withUnit(MetricUnits.SECONDS)
            .withDescription("Duration of the executions of a batch job (label job: lead-import, demo-leads), "
                    + "from start to end whatever the outcome")
            .build();

    @Inject
    MetricRegistry metrics;

    /** The timer of an EJB timer's runs, e.g. {@code mls-sync}. */
    public Timer timer(String name) {
        return metrics.timer(TIMER_RUNS, new Tag("timer", name));
    }

    /** The timer of a batch job's executions, by the job's name ({@code lead-import}). */
    public Timer job(String name) {
        return metrics.timer(JOB_RUNS, new Tag("job", name));
    }
}
