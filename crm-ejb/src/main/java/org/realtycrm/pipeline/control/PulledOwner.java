package org.realtycrm.pipeline.control;

import org.realtycrm.lead.entity.LeadSignals;
import org.realtycrm.pipeline.entity.ContactsJson;

/**
 * A kept row of a list on its way to a lead: the owner as the list names them, the property they own, the phones and
 * emails the trace found (opened), what the row said of their situation (for the scorecard), and the lead the row
 * became already, if any.
 *
 * @param leadId the lead the row became or merged into earlier; {@code null} while it has none
 */
public record PulledOwner(long line, long propertyId, String ownerName, String firstName, String lastName,
        boolean corporate, ContactsJson.Contacts contacts, LeadSignals signals, String responseNote, Long leadId) {

    /** The same owner with the contacts a response brought besides the trace's. */
    public PulledOwner withContacts(ContactsJson.Contacts more) {
        return new PulledOwner(line, propertyId, ownerName, firstName, lastName, corporate, more, signals, responseNote,
                leadId);
    }
}
