package org.realtycrm.campaign.ui;

import java.util.List;
import java.util.Set;

import org.realtycrm.lead.boundary.Leads;
import org.realtycrm.lead.entity.LeadQuery;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.property.ui.Choice;

/**
 * The suggestions of the campaign screens' lead autocompletes: the caller's leads (an agent's own, an admin's all)
 * whose name, email or phone matches, as the listing page's "link to a lead" offers them (property.ui.PropertyView).
 * Only the id counts: the boundary that takes it checks again whose lead it is.
 */
final class LeadPicker {

    static final int SUGGESTIONS = 10;

    private LeadPicker() {
    }

    static List<Choice> complete(Leads leads, String text) {
        return leads.search(new LeadQuery(Set.of(), Set.of(), null, null, text, null),
                        new PageRequest(0, SUGGESTIONS))
                .items().stream()
                .map(found -> new Choice(found.getId(), found.getEmail() == null ? found.fullName()
                        : found.fullName() + " · " + found.getEmail()))
                .toList();
    }
}
