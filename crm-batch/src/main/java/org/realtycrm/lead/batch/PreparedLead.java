package org.realtycrm.lead.batch;

import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadStatus;

/** A valid, not yet stored lead and the status it should be walked to. */
record PreparedLead(Lead lead, LeadStatus targetStatus) {
}
