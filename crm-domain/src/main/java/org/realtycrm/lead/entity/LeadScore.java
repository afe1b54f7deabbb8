package org.realtycrm.lead.entity;

import java.util.List;

/**
 * A lead's score on the scorecard: its points, the temperature they give, and the rules that counted (as people
 * read them, for the disposition screen and the timeline).
 */
public record LeadScore(int points, Temperature temperature, List<String> reasons) {

    public LeadScore {
        reasons = List.copyOf(reasons);
    }

    /** "62 (hot): responded: +50, vacant: +15" */
    public String describe() {
        String head = points + " (" + temperature.name().toLowerCase(java.util.Locale.ROOT) + ")";
        return reasons.isEmpty() ? head : head + ": " + String.join(", ", reasons);
    }
}
