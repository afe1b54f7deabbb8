package org.realtycrm.lead.entity;

/** Where a CSV import stands. Stored by name: append, never rename. */
public enum ImportStatus {
    /** Uploaded; the job has not picked it up yet. */
    QUEUED,
    /** The job is working through the file (after a crash it is restarted from its last checkpoint). */
    RUNNING,
    COMPLETED,
    /** The job gave up; the counts say how far it came, the failure why. */
    FAILED;

    public boolean isFinished() {
        return this == COMPLETED || this == FAILED;
    }
}
