package org.realtycrm.lead.batch;

import org.realtycrm.lead.entity.LeadDraft;
import org.realtycrm.lead.entity.LeadStatus;

/** A generated lead and the status it should reach, step by step, so that its timeline looks lived-in. */
record SyntheticLead(LeadDraft draft, LeadStatus targetStatus) {
}
