package org.realtycrm.audit.entity;

/** What happened. Stored by name: append new actions, never rename one. */
public enum ActivityAction {
    LEAD_CREATED,
    LEAD_UPDATED,
    STATUS_CHANGED,
    LEAD_ASSIGNED,
    LEAD_DELETED,
    USER_CREATED,
    USER_UPDATED,
    ROLE_CHANGED,
    USER_DEACTIVATED,
    USER_REACTIVATED,
    PASSWORD_CHANGED,
    NOTE_ADDED,
    /** On the lead's timeline: the lead was linked to a property (the audit trail has no property subject). */
    PROPERTY_LINKED,
    PROPERTY_UNLINKED,
    DNC_LIST_LOADED,
    DNC_NUMBER_ADDED,
    LIST_SCRUBBED
}
