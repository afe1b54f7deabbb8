package org.realtycrm.task.entity;

/** What the agent is to do. Stored by name: append, never rename. */
public enum TaskKind {
    CALL,
    TEXT,
    EMAIL,
    /** Show a home to the lead. */
    SHOWING,
    OTHER
}
