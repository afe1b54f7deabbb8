package org.realtycrm.notification.entity;

/** Why a user is notified. Stored by name: append, never rename. */
public enum NotificationKind {
    LEAD_ASSIGNED,
    FOLLOW_UP_DUE,
    LEADS_IMPORTED,
    /** Someone the agent's lead already was asked again (a website form, a portal's lead). */
    LEAD_INQUIRY,
    /** The agent's lead texted (a message, not a keyword such as STOP). */
    TEXT_RECEIVED,
    /** The agent's lead emailed (a message, not an unsubscribe or an out-of-office note). */
    EMAIL_RECEIVED,
    /** The agent's task is due soon (its reminder time came). */
    TASK_DUE,
    /** The agent's appointment starts soon (its reminder time came). */
    APPOINTMENT_SOON,
    /** A lead landed in a pond the user is in: the first to claim it gets it. */
    LEAD_IN_POND,
    /** (Admins) a lead was not contacted in time and moved on. */
    SPEED_TO_LEAD_MISSED
}
