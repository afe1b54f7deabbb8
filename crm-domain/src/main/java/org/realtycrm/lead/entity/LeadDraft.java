package org.realtycrm.lead.entity;

import java.time.Instant;
import java.util.List;

/**
 * A lead as a caller describes it, before phones are normalised. Used to create a lead and, with a version, to
 * replace an existing lead's editable fields. {@code null} status/temperature mean the defaults on create; a
 * {@code null} profile is an empty one.
 */
public record LeadDraft(String firstName, String lastName, String email, List<PhoneInput> phones, String source,
        LeadStatus status, Temperature temperature, Long assignedTo, Instant nextFollowUpAt, String notes,
        LeadProfile profile) {

    /** A phone number as typed, and its kind. */
    public record PhoneInput(String number, PhoneType type) {
    }

    public LeadDraft {
        phones = phones == null ? List.of() : List.copyOf(phones);
        profile = profile == null ? LeadProfile.NONE : profile;
    }
}
