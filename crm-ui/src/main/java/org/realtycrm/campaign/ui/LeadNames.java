package org.realtycrm.campaign.ui;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import org.realtycrm.lead.boundary.Leads;
import org.realtycrm.platform.problem.RecordNotFoundException;

/**
 * Leads' names for the tables that list leads by id (enrolments, dead letters): the campaigns' boundaries answer with
 * ids only, so each name is read once through {@link Leads#find} (which checks, as everywhere, that the caller may
 * see the lead) and kept for the view. A lead the caller may no longer see (deleted, handed to another agent) is
 * "Lead N".
 */
final class LeadNames implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<Long, String> names = new HashMap<>();

    String of(Leads leads, long leadId) {
        return names.computeIfAbsent(leadId, id -> {
            try {
                String name = leads.find(id).fullName();
                return name == null || name.isBlank() ? "Lead " + id : name;
            } catch (RecordNotFoundException gone) {
                return "Lead " + id;
            }
        });
    }
}
