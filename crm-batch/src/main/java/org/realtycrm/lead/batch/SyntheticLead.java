package org.realtycrm.lead.batch;

import org.realtycrm.lead.entity.LeadDraft;

/** A generated lead as it arrived, and what has happened to it since, so that its timeline looks lived-in. */
record SyntheticLead(LeadDraft draft, DemoHistory history) {
}
