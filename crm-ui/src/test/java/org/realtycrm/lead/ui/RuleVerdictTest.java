package org.realtycrm.lead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.identity.entity.User;
import org.realtycrm.lead.boundary.RoutingRules;
import org.realtycrm.lead.entity.LeadRoute;
import org.realtycrm.lead.entity.Pond;
import org.realtycrm.lead.entity.RoutingRule;
import org.realtycrm.lead.entity.RoutingRuleDraft;
import org.realtycrm.lead.entity.RoutingTarget;

class RuleVerdictTest {

    private static final User ANA = new User("ana@example.com", "Ana Lopez", Role.AGENT, "hash");
    private static final RoutingRule SPANISH = new RoutingRule(new RoutingRuleDraft("Spanish", true, null, null,
            null, null, List.of("es"), null, null, RoutingTarget.AGENT, 1L, null, null), 2);

    @Test
    void anAgentARuleChoseIsNamedWithTheRuleAndTheRulesPassedOver() {
        RuleVerdict verdict = RuleVerdict.of(new RoutingRules.Verdict(new LeadRoute(ANA, null, SPANISH, null),
                List.of("\u201cZillow\u201d: not for this lead (source Zillow)")));

        assertThat(verdict.getGoesTo()).isEqualTo("Ana Lopez");
        assertThat(verdict.getHow()).isEqualTo("routed by rule \u201cSpanish\u201d to Ana Lopez");
        assertThat(verdict.getPassedOver()).containsExactly("\u201cZillow\u201d: not for this lead (source Zillow)");
    }

    @Test
    void theAgentWhoseTurnItIsIsNamedToo() {
        RuleVerdict verdict = RuleVerdict.of(new RoutingRules.Verdict(new LeadRoute(ANA, null, null, null),
                List.of()));

        assertThat(verdict.getGoesTo()).isEqualTo("Ana Lopez");
        assertThat(verdict.getHow()).isEqualTo("routed round-robin");
    }

    @Test
    void aPondOrNobodyIsSaidSo() {
        Pond north = new Pond("North", Set.of());

        assertThat(RuleVerdict.of(new RoutingRules.Verdict(new LeadRoute(null, north, SPANISH, null), List.of()))
                .getGoesTo()).isEqualTo("pond North, for its members to claim");
        assertThat(RuleVerdict.of(new RoutingRules.Verdict(LeadRoute.NOWHERE, List.of())).getGoesTo())
                .isEqualTo("nobody: no agent is on duty");
    }
}
