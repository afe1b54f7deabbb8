package org.realtycrm.campaign.entity;

/** A lead in a campaign: going through its steps, through all of them, or out before the end (and why). */
public enum EnrollmentStatus {
    ACTIVE,
    COMPLETED,
    EXITED
}
