package org.realtycrm.lead.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.realtycrm.lead.entity.LeadFacts;
import org.realtycrm.lead.entity.LeadRoute;
import org.realtycrm.lead.entity.RoutingRule;

/**
 * The order of routing, apart from the database: each lead goes by the first rule that holds for it and can place
 * it; the leads no rule places share the round robin's next turns, in their order; with no turns left (nobody on
 * duty) they go nowhere. {@link LeadRouter} routes one lead and an import's chunk alike through it.
 */
final class RoutesInOrder {

    private RoutesInOrder() {
    }

    /**
     * @param rules  every rule, in the admin's order (inactive ones match no lead)
     * @param place  where a rule sends a lead now; empty when it cannot (its agent or team off duty)
     * @param inTurn the next {@code n} round-robin routes; fewer (none) when nobody is on duty
     */
    static List<LeadRoute> route(List<LeadFacts> leads, List<RoutingRule> rules,
            Function<RoutingRule, Optional<LeadRoute>> place, IntFunction<List<LeadRoute>> inTurn) {
        LeadRoute[] routes = new LeadRoute[leads.size()];
        List<Integer> unplaced = new ArrayList<>();
        for (int i = 0; i < routes.length; i++) {
            routes[i] = byRule(leads.get(i), rules, place).orElse(null);
            if (routes[i] == null) {
                unplaced.add(i);
            }
        }
        List<LeadRoute> turns = unplaced.isEmpty() ? List.of() : inTurn.apply(unplaced.size());
        for (int turn = 0; turn < unplaced.size(); turn++) {
            routes[unplaced.get(turn)] = turn < turns.size() ? turns.get(turn) : LeadRoute.NOWHERE;
        }
        return Arrays.asList(routes);
    }

    private static Optional<LeadRoute> byRule(LeadFacts lead, List<RoutingRule> rules,
            Function<RoutingRule, Optional<LeadRoute>> place) {
        for (RoutingRule rule : rules) {
            if (rule.matches(lead)) {
                Optional<LeadRoute> placed = place.apply(rule);
                if (placed.isPresent()) {
                    return placed;
                }
            }
        }
        return Optional.empty();
    }
}
