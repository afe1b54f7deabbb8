package org.realtycrm.lead.entity;

import java.time.Instant;
import java.util.Set;

/**
 * Filters for the leads list; empty sets and {@code null}s mean "any". {@code text} matches name, email or phone
 * digits; {@code assignedTo} of {@code 0} means "unassigned". {@code createdSince} and {@code followUpBefore}
 * answer the dashboard's "new today" and "overdue follow-ups" (each read from its own index).
 */
public record LeadQuery(Set<LeadStatus> statuses, Set<Temperature> temperatures, String source, Long assignedTo,
        String text, Instant createdSince, Instant followUpBefore, LeadSort sort) {

    public LeadQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        temperatures = temperatures == null ? Set.of() : Set.copyOf(temperatures);
        sort = sort == null ? LeadSort.DEFAULT : sort;
    }

    public LeadQuery(Set<LeadStatus> statuses, Set<Temperature> temperatures, String source, Long assignedTo,
            String text, LeadSort sort) {
        this(statuses, temperatures, source, assignedTo, text, null, null, sort);
    }

    /** The same filters in the default order: what the number of matches depends on. */
    public LeadQuery filtersOnly() {
        return new LeadQuery(statuses, temperatures, source, assignedTo, text, createdSince, followUpBefore,
                LeadSort.DEFAULT);
    }
}
