package org.realtycrm.lead.entity;

import org.realtycrm.platform.problem.ConflictException;

/**
 * Another live lead already has this email or phone. The existing lead's id is only named when the caller may
 * see it; an agent learns that the contact is taken, not whose lead it is.
 */
public class DuplicateLeadException extends ConflictException {

    private final String field;
    private final Long existingLeadId;

    public DuplicateLeadException(String field, String value, Long existingLeadId) {
        super(existingLeadId == null
                ? "a lead with " + field + " " + value + " already exists and is assigned to another agent"
                : "lead " + existingLeadId + " already has " + field + " " + value);
        this.field = field;
        this.existingLeadId = existingLeadId;
    }

    public String field() {
        return field;
    }

    /** @return the duplicate's id, or {@code null} when the caller may not see it */
    public Long existingLeadId() {
        return existingLeadId;
    }
}
