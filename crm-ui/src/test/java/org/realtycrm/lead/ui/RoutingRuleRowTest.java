package org.realtycrm.lead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.realtycrm.lead.entity.RoutingRuleDraft;
import org.realtycrm.lead.entity.RoutingTarget;

class RoutingRuleRowTest {

    private final RoutingNames names = new RoutingNames(
            List.of(new NamedChoice(1, "Ana Lopez"), new NamedChoice(2, "ben Carter")),
            List.of(new NamedChoice(4, "North")), List.of(new NamedChoice(6, "Open house")));

    private static RoutingRuleDraft draft(RoutingTarget target, long targetId, Integer minutes, Long missPondId) {
        return new RoutingRuleDraft("Zillow leads", true, List.of("Zillow"), null, null, null, null, null, null,
                target, targetId, minutes, missPondId);
    }

    @Test
    void aRuleShowsItsConditionsTargetAndDeadlineInWords() {
        RoutingRuleRow row = RoutingRuleRow.of(RoutingRuleFormTest.rule(draft(RoutingTarget.TEAM, 4, 90, 6L), 12), names);

        assertThat(row.getId()).isEqualTo(12);
        assertThat(row.getConditions()).isEqualTo("source Zillow");
        assertThat(row.getTarget()).isEqualTo("Team North (in turn)");
        assertThat(row.getDeadline()).isEqualTo("90 minutes");
        assertThat(row.getIfMissed()).isEqualTo("Pond Open house");
        assertThat(row.isActive()).isTrue();
    }

    @Test
    void withoutItsOwnDeadlineOrPondTheDefaultsAreSaid() {
        RoutingRuleRow row = RoutingRuleRow.of(RoutingRuleFormTest.rule(draft(RoutingTarget.AGENT, 1, null, null), 3),
                names);

        assertThat(row.getTarget()).isEqualTo("Agent Ana Lopez");
        assertThat(row.getDeadline()).isEqualTo("the default");
        assertThat(row.getIfMissed()).isEqualTo("next in turn");
    }

    @Test
    void someoneNoLongerActiveIsShownByTheirIdNotLeftOut() {
        assertThat(names.target(RoutingTarget.AGENT, 77)).isEqualTo("Agent user 77 (no longer active)");
        assertThat(names.target(RoutingTarget.POND, 6)).isEqualTo("Pond Open house");
        assertThat(names.people(Set.of(2L, 1L, 77L)))
                .isEqualTo("Ana Lopez, ben Carter, user 77 (no longer active)");
        assertThat(names.people(Set.of())).isEqualTo("nobody");
    }

    @Test
    void aDeadlineIsSaidInTheLargestUnitThatSaysItExactly() {
        assertThat(RoutingRuleRow.duration(1)).isEqualTo("1 minute");
        assertThat(RoutingRuleRow.duration(45)).isEqualTo("45 minutes");
        assertThat(RoutingRuleRow.duration(60)).isEqualTo("1 hour");
        assertThat(RoutingRuleRow.duration(120)).isEqualTo("2 hours");
        assertThat(RoutingRuleRow.duration(7 * 24 * 60)).isEqualTo("7 days");
    }
}
