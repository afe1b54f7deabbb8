package org.realtycrm.campaign.ui;

import java.io.Serializable;

/**
 * A lead in the campaign as the enrolments table shows it: who, how they came in, where they are, the step they
 * reach next and when, or why they left.
 */
public record EnrollmentRow(long leadId, String lead, String how, String status, String nextStep, String due,
        String exitReason, String enrolledAt, boolean active) implements Serializable {
}
