package org.realtycrm.lead.ui;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.realtycrm.lead.entity.RoutingTarget;

/**
 * The names the routing screen shows for the ids a rule, a team or a pond holds. Only active people are offered as
 * choices, so an id that names nobody here is someone deactivated since (or a team or pond just removed): it is
 * shown by its id, never left blank.
 */
final class RoutingNames {

    private final Map<Long, String> people;
    private final Map<Long, String> teams;
    private final Map<Long, String> ponds;

    RoutingNames(List<NamedChoice> people, List<NamedChoice> teams, List<NamedChoice> ponds) {
        this.people = byId(people);
        this.teams = byId(teams);
        this.ponds = byId(ponds);
    }

    private static Map<Long, String> byId(List<NamedChoice> choices) {
        return choices.stream().collect(Collectors.toMap(NamedChoice::getId, NamedChoice::getName,
                (first, second) -> first));
    }

    String person(long id) {
        return people.getOrDefault(id, "user " + id + " (no longer active)");
    }

    String team(long id) {
        return teams.getOrDefault(id, "team " + id);
    }

    String pond(long id) {
        return ponds.getOrDefault(id, "pond " + id);
    }

    /** Where a rule sends its leads, in words: "Agent Ana Lopez", "Team North (in turn)", "Pond Open house". */
    String target(RoutingTarget target, long id) {
        return switch (target) {
            case AGENT -> "Agent " + person(id);
            case TEAM -> "Team " + team(id) + " (in turn)";
            case POND -> "Pond " + pond(id);
        };
    }

    /** People by name, alphabetically: a team's or a pond's members. */
    String people(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return "nobody";
        }
        return ids.stream().map(this::person).sorted(String.CASE_INSENSITIVE_ORDER)
                .collect(Collectors.joining(", "));
    }
}
