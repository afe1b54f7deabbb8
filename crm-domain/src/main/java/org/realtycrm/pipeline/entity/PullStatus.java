package org.realtycrm.pipeline.entity;

/** Where a received list stands. */
public enum PullStatus {
    /** Stored, its run not yet started. */
    RECEIVED,
    /** Rows being read, filtered and matched to properties. */
    PARSING,
    /** Owners being skip traced. */
    TRACING,
    /** The owners' phones being scrubbed against the Do-Not-Call registry. */
    SCRUBBING,
    /** Rows becoming leads, or merging into the leads they repeat. */
    IMPORTING,
    /** The files for the platforms its source names being written. */
    EXPORTING,
    DONE,
    /** Stopped; {@link ListPull#getError()} says why, and a restart resumes where it stopped. */
    FAILED
}
