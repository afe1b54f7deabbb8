package org.realtycrm.lead.ui;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.realtycrm.identity.boundary.Teams;
import org.realtycrm.lead.boundary.Ponds;

/**
 * What the routing screen's selects offer and its tables name: the people who can take leads, the teams, the ponds.
 * Read once per request and only when shown; {@link #changed()} after a team or pond was saved, so that the same
 * request shows it.
 */
@RequestScoped
public class RoutingChoices {

    @Inject
    AgentChoices agentChoices;

    @Inject
    Teams teams;

    @Inject
    Ponds ponds;

    private List<NamedChoice> people;
    private List<NamedChoice> teamChoices;
    private List<NamedChoice> pondChoices;

    /** Active agents and admins: whom a rule, a team or a pond may name. */
    List<NamedChoice> people() {
        if (people == null) {
            people = agentChoices.agents().stream()
                    .map(agent -> new NamedChoice(agent.getId(), agent.getName())).toList();
        }
        return people;
    }

    List<NamedChoice> teams() {
        if (teamChoices == null) {
            teamChoices = byName(teams.all().stream().map(team -> new NamedChoice(team.getId(), team.getName()))
                    .toList());
        }
        return teamChoices;
    }

    List<NamedChoice> ponds() {
        if (pondChoices == null) {
            pondChoices = byName(ponds.visible().stream().map(pond -> new NamedChoice(pond.getId(), pond.getName()))
                    .toList());
        }
        return pondChoices;
    }

    RoutingNames names() {
        return new RoutingNames(people(), teams(), ponds());
    }

    /** A team or a pond was made or changed in this request: read them again when next asked. */
    void changed() {
        teamChoices = null;
        pondChoices = null;
    }

    private static List<NamedChoice> byName(List<NamedChoice> choices) {
        return choices.stream().sorted(Comparator.comparing(NamedChoice::getName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
