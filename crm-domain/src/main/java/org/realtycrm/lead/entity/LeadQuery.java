package org.realtycrm.lead.entity;

import java.util.Set;

/**
 * Filters for the leads list; empty sets and {@code null}s mean "any". {@code text} matches name, email or phone
 * digits; {@code assignedTo} of {@code 0} means "unassigned".
 */
public record LeadQuery(Set<LeadStatus> statuses, Set<Temperature> temperatures, String source, Long assignedTo,
        String text, LeadSort sort) {

    public LeadQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        temperatures = temperatures == null ? Set.of() : Set.copyOf(temperatures);
        sort = sort == null ? LeadSort.DEFAULT : sort;
    }

    /** The same filters in the default order: what the number of matches depends on. */
    public LeadQuery filtersOnly() {
        return new LeadQuery(statuses, temperatures, source, assignedTo, text, LeadSort.DEFAULT);
    }
}
