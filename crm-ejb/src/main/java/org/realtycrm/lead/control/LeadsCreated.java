package org.realtycrm.lead.control;

import org.realtycrm.lead.entity.LeadIntake;

/**
 * Leads were stored, {@code count} of them, in the transaction that fires this event: the API's and the screens'
 * single leads, a demo chunk, an import chunk's set-based insert. Counted once that transaction has committed.
 */
public record LeadsCreated(LeadIntake how, long count) {
}
