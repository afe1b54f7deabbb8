package org.realtycrm.lead.batch;

import java.util.Properties;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.api.listener.StepListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.platform.logging.LogContext;

/**
 * Labels a job's log events with the request that started it ({@link #REQUEST_ID} and {@link #USER}, job parameters
 * that the job's starter copies from its request's {@link LogContext}), so that an import can be followed from the
 * upload by one id. The batch runtime runs a job on threads of its own: the job's thread, and one per partition of a
 * partitioned step. So it is declared on the job, for the job's thread, and on each partitioned step, whose
 * listeners the runtime copies into every partition; each scope ends with what it labelled, and leaves the pooled
 * thread as it found it.
 * <p>
 * Listeners run in the order the job XML declares them, for {@code before…} and {@code after…} alike: declared last,
 * this one labels the other listeners' {@code after…} events, not their {@code before…} ones.
 */
@Dependent
@Named("jobLogContext")
public class JobLogContext implements JobListener, StepListener {

    /** The job parameters. */
    static final String REQUEST_ID = "requestId";
    static final String USER = "user";

    @Inject
    @BatchProperty
    String requestId;

    @Inject
    @BatchProperty
    String user;

    private LogContext.Scope scope;

    /** The request's id and user as job parameters, when a request starts the job (a timer or a restart has none). */
    static void copyInto(Properties parameters) {
        LogContext.requestId().ifPresent(id -> parameters.setProperty(REQUEST_ID, id));
        LogContext.user().ifPresent(name -> parameters.setProperty(USER, name));
    }

    @Override
    public void beforeJob() {
        open();
    }

    @Override
    public void afterJob() {
        close();
    }

    @Override
    public void beforeStep() {
        open();
    }

    @Override
    public void afterStep() {
        close();
    }

    private void open() {
        if (requestId != null && !requestId.isBlank()) {
            scope = LogContext.open(requestId, user);
        }
    }

    private void close() {
        if (scope != null) {
            scope.close();
            scope = null;
        }
    }
}
