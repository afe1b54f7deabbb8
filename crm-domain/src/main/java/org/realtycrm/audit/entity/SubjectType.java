package org.realtycrm.audit.entity;

/** What kind of record an activity is about. */
public enum SubjectType {
    LEAD,
    USER
}
