package org.realtycrm.pipeline.entity;

/** Where one step of a list's run stands ({@link ListPull#stateOf(PullStatus)}). */
public enum StepState {
    /** Not begun: an earlier step is still to finish (or the run stopped before it). */
    WAITING,
    RUNNING,
    DONE,
    /** The run stopped in this step; a restart resumes it. */
    FAILED
}
