package org.realtycrm.lead.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.identity.entity.User;
import org.realtycrm.lead.entity.LeadFacts;
import org.realtycrm.lead.entity.LeadRoute;
import org.realtycrm.lead.entity.RoutingRule;
import org.realtycrm.lead.entity.RoutingRuleDraft;
import org.realtycrm.lead.entity.RoutingTarget;

class RoutesInOrderTest {

    private static final Instant DUE = Instant.parse("2026-12-07T10:15:00Z");
    private static final User ANA = agent("ana");
    private static final User BEN = agent("ben");
    private static final User CY = agent("cy");

    private final RoutingRule zillow = rule("Zillow", true, "zillow");
    private final RoutingRule website = rule("Website", true, "website");
    private final RoutingRule paused = rule("Paused", false, "portal");
    private final RoutingRule everyWebsite = rule("Every website lead", true, "website");
    private final List<RoutingRule> rules = List.of(paused, zillow, website, everyWebsite);

    private final List<RoutingRule> placed = new ArrayList<>();
    private final List<Integer> turnsAsked = new ArrayList<>();

    @Test
    void eachLeadGoesByTheFirstRuleThatHoldsForIt() {
        Function<RoutingRule, Optional<LeadRoute>> place = places(Map.of(zillow, ANA, website, BEN));

        List<LeadRoute> routes = RoutesInOrder.route(leads("Zillow", "website", "ZILLOW"), rules, place, turns(CY));

        assertThat(routes).extracting(LeadRoute::agent).containsExactly(ANA, BEN, ANA);
        assertThat(routes).extracting(LeadRoute::rule).containsExactly(zillow, website, zillow);
        assertThat(placed).as("a turn taken for each lead, in order").containsExactly(zillow, website, zillow);
        assertThat(turnsAsked).as("no round robin needed").isEmpty();
    }

    @Test
    void aRuleThatCannotPlaceTheLeadPassesItToTheNextRuleThatHolds() {
        Function<RoutingRule, Optional<LeadRoute>> place = places(Map.of(everyWebsite, BEN));

        List<LeadRoute> routes = RoutesInOrder.route(leads("website"), rules, place, turns(CY));

        assertThat(routes).extracting(LeadRoute::rule).containsExactly(everyWebsite);
        assertThat(placed).containsExactly(website, everyWebsite);
    }

    @Test
    void theLeadsNoRulePlacesShareTheRoundRobinsTurnsInTheirOrderAskedForOnce() {
        Function<RoutingRule, Optional<LeadRoute>> place = places(Map.of(zillow, ANA));

        List<LeadRoute> routes = RoutesInOrder.route(leads("portal", "Zillow", "open house", "website"), rules, place,
                turns(BEN, CY, BEN));

        assertThat(routes).extracting(LeadRoute::agent).containsExactly(BEN, ANA, CY, BEN);
        assertThat(routes).extracting(LeadRoute::rule).containsExactly(null, zillow, null, null);
        assertThat(routes.get(0).words()).isEqualTo("routed round-robin");
        assertThat(turnsAsked).as("an inactive rule holds for no lead").containsExactly(3);
    }

    @Test
    void withNobodyOnDutyTheLeadsNoRulePlacesGoNowhere() {
        Function<RoutingRule, Optional<LeadRoute>> place = places(Map.of(zillow, ANA));

        List<LeadRoute> routes = RoutesInOrder.route(leads("open house", "Zillow"), rules, place, turns());

        assertThat(routes).containsExactly(LeadRoute.NOWHERE, new LeadRoute(ANA, null, zillow, DUE));
    }

    @Test
    void noLeadsNoTurns() {
        assertThat(RoutesInOrder.route(List.of(), rules, places(Map.of()), turns(ANA))).isEmpty();
        assertThat(turnsAsked).isEmpty();
    }

    /** Each rule places its lead with its agent (empty for a rule not given: its agent is off duty). */
    private Function<RoutingRule, Optional<LeadRoute>> places(Map<RoutingRule, User> agents) {
        return rule -> {
            placed.add(rule);
            return Optional.ofNullable(agents.get(rule)).map(agent -> new LeadRoute(agent, null, rule, DUE));
        };
    }

    /** The round robin: these agents in turn, however many are asked for (none: nobody on duty). */
    private IntFunction<List<LeadRoute>> turns(User... agents) {
        return count -> {
            turnsAsked.add(count);
            List<LeadRoute> turns = new ArrayList<>();
            for (int i = 0; i < count && agents.length > 0; i++) {
                turns.add(new LeadRoute(agents[i % agents.length], null, null, DUE));
            }
            return turns;
        };
    }

    private static List<LeadFacts> leads(String... sources) {
        return List.of(sources).stream().map(source -> new LeadFacts(source, null)).toList();
    }

    private static RoutingRule rule(String name, boolean active, String source) {
        return new RoutingRule(new RoutingRuleDraft(name, active, List.of(source), List.of(), List.of(), List.of(),
                List.of(), null, null, RoutingTarget.AGENT, 1L, null, null), 1);
    }

    private static User agent(String name) {
        return new User(name + "@example.com", name, Role.AGENT, "hash");
    }
}
