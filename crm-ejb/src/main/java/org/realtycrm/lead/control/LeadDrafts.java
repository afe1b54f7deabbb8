package org.realtycrm.lead.control;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.realtycrm.identity.entity.EmailAddress;
import org.realtycrm.identity.entity.User;
import org.realtycrm.lead.entity.ContactDetails;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadDraft;
import org.realtycrm.lead.entity.Phone;
import org.realtycrm.lead.entity.PhoneNumbers;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * Turns a lead as a caller describes it (the API, a job, later a CSV row) into the entity: phones normalised to
 * E.164 in the configured region, every unreadable phone and a malformed email reported together. The entity
 * then applies its own rules.
 */
@ApplicationScoped
public class LeadDrafts {

    @Inject
    PhoneNumbers phoneNumbers;

    /** A new, not yet stored lead. */
    public Lead newLead(LeadDraft draft, User createdBy) {
        Lead lead = new Lead(contact(draft), draft.source(), createdBy);
        if (draft.status() != null) {
            lead.startIn(draft.status());
        }
        applyDetails(lead, draft);
        return lead;
    }

    /** Replaces an existing lead's editable fields; its status moves only along legal transitions. */
    public void apply(LeadDraft draft, Lead lead) {
        lead.changeContact(contact(draft));
        lead.changeSource(draft.source());
        if (draft.status() != null) {
            lead.moveTo(draft.status());
        }
        applyDetails(lead, draft);
    }

    private ContactDetails contact(LeadDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        List<Phone> phones = new ArrayList<>();
        for (int i = 0; i < draft.phones().size(); i++) {
            LeadDraft.PhoneInput input = draft.phones().get(i);
            try {
                phones.add(new Phone(phoneNumbers.toE164("phones[" + i + "].number", input == null ? null : input.number()),
                        input == null ? null : input.type()));
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        }
        try {
            // checked here too, only so that a bad email is reported together with bad phones
            EmailAddress.normalize("email", draft.email());
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ContactDetails(draft.firstName(), draft.lastName(), draft.email(), phones);
    }

    private static void applyDetails(Lead lead, LeadDraft draft) {
        if (draft.temperature() != null) {
            lead.changeTemperature(draft.temperature());
        }
        lead.scheduleFollowUp(draft.nextFollowUpAt());
        lead.changeNotes(draft.notes());
        lead.changeProfile(draft.profile());
    }
}
