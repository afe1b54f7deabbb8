package org.realtycrm.lead.batch;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.lead.control.DuplicateGuard;
import org.realtycrm.lead.control.LeadDrafts;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadVisibility;
import org.realtycrm.platform.problem.CrmException;

/** Turns a generated lead into an entity; one that is invalid or collides with an existing lead is left out. */
@Dependent
@Named("demoLeadProcessor")
public class DemoLeadProcessor implements ItemProcessor {

    @Inject
    LeadDrafts drafts;

    @Inject
    DuplicateGuard duplicates;

    @Override
    public Object processItem(Object item) {
        SyntheticLead generated = (SyntheticLead) item;
        try {
            Lead lead = drafts.newLead(generated.draft(), null);
            duplicates.check(lead, LeadVisibility.all());
            return new PreparedLead(lead, generated.history());
        } catch (CrmException invalidOrDuplicate) {
            return null; // filtered: counted by the step's FILTER_COUNT metric
        }
    }
}
