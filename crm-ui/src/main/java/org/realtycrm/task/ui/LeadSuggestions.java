package org.realtycrm.task.ui;

import java.util.List;
import java.util.Set;

import org.realtycrm.lead.boundary.Leads;
import org.realtycrm.lead.entity.LeadQuery;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.property.ui.Choice;

/**
 * The entry dialog's lead suggestions: the caller's leads (an agent's own, an admin's all) whose name, email or phone
 * matches what was typed. Only the id counts: the task boundary checks again that the caller may see the lead.
 */
final class LeadSuggestions {

    static final int SHOWN = 10;

    private LeadSuggestions() {
    }

    static List<Choice> matching(Leads leads, String text) {
        return leads.search(new LeadQuery(Set.of(), Set.of(), null, null, text, null), new PageRequest(0, SHOWN))
                .items().stream()
                .map(found -> new Choice(found.getId(), found.getEmail() == null ? found.fullName()
                        : found.fullName() + " · " + found.getEmail()))
                .toList();
    }
}
