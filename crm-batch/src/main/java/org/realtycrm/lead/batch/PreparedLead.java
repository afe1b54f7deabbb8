package org.realtycrm.lead.batch;

import org.realtycrm.lead.entity.Lead;

/** A valid, not yet stored lead and the history the writer gives it. */
record PreparedLead(Lead lead, DemoHistory history) {
}
