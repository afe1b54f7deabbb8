package org.realtycrm.lead.batch;

import java.util.Properties;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;

/** A job context that only carries the transient user data the import reader hands to the processor. */
final class StubJobContext implements JobContext {

    private Object data;

    StubJobContext(Object data) {
        this.data = data;
    }

    @Override
    public Object getTransientUserData() {
        return data;
    }

    @Override
    public void setTransientUserData(Object data) {
        this.data = data;
    }

    @Override
    public String getJobName() {
        return "lead-import";
    }

    @Override
    public long getInstanceId() {
        return 1;
    }

    @Override
    public long getExecutionId() {
        return 1;
    }

    @Override
    public Properties getProperties() {
        return new Properties();
    }

    @Override
    public BatchStatus getBatchStatus() {
        return BatchStatus.STARTED;
    }

    @Override
    public String getExitStatus() {
        return null;
    }

    @Override
    public void setExitStatus(String status) {
        // not needed by the processor
    }
}
