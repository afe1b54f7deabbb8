package org.realtycrm.lead.entity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A routing rule as an admin writes it; checked by {@link RoutingRule} itself. An empty list is a condition that
 * holds for every lead.
 *
 * @param postalPrefixes the beginnings of postal codes ("787" holds for 78701 and 78746)
 * @param targetId       the agent's, team's or pond's id, as {@code target} says
 * @param contactWithinMinutes the speed-to-lead deadline for the agent it chooses; {@code null} for the default
 * @param missPondId     where a lead goes when it is not contacted in time; {@code null}: the next in turn
 */
public record RoutingRuleDraft(String name, boolean active, List<String> sources, List<String> postalPrefixes,
                               List<String> cities, List<LeadType> leadTypes, List<String> languages,
                               BigDecimal priceMin, BigDecimal priceMax, RoutingTarget target, Long targetId,
                               Integer contactWithinMinutes, Long missPondId) {

    public RoutingRuleDraft {
        sources = copy(sources);
        postalPrefixes = copy(postalPrefixes);
        cities = copy(cities);
        leadTypes = copy(leadTypes);
        languages = copy(languages);
    }

    /** A copy that keeps a {@code null} entry (a JSON null in a list): the rule reports it as the field's error. */
    private static <T> List<T> copy(List<T> given) {
        return given == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(given));
    }
}
