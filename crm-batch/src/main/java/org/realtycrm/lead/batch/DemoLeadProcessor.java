package org.realtycrm.lead.batch;

import java.util.List;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.lead.boundary.LeadDraft;
import org.realtycrm.lead.control.DuplicateGuard;
import org.realtycrm.lead.entity.ContactDetails;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadVisibility;
import org.realtycrm.lead.entity.Phone;
import org.realtycrm.lead.entity.PhoneNumbers;
import org.realtycrm.platform.problem.CrmException;

/** Turns a generated lead into an entity; one that is invalid or collides with an existing lead is left out. */
@Dependent
@Named("demoLeadProcessor")
public class DemoLeadProcessor implements ItemProcessor {

    @Inject
    PhoneNumbers phoneNumbers;

    @Inject
    DuplicateGuard duplicates;

    @Override
    public Object processItem(Object item) {
        SyntheticLead generated = (SyntheticLead) item;
        LeadDraft draft = generated.draft();
        try {
            List<Phone> phones = draft.phones().stream()
                    .map(p -> new Phone(phoneNumbers.toE164("phone", p.number()), p.type()))
                    .toList();
            Lead lead = new Lead(new ContactDetails(draft.firstName(), draft.lastName(), draft.email(), phones),
                    draft.source(), null);
            lead.changeTemperature(draft.temperature());
            lead.scheduleFollowUp(draft.nextFollowUpAt());
            lead.changeNotes(draft.notes());
            duplicates.check(lead, LeadVisibility.all());
            return new PreparedLead(lead, generated.targetStatus());
        } catch (CrmException invalidOrDuplicate) {
            return null; // filtered: counted by the step's FILTER_COUNT metric
        }
    }
}
