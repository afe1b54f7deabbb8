package org.realtycrm.lead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RuleOrderTest {

    private static final List<Long> RULES = List.of(11L, 12L, 13L);

    @Test
    void aRuleMovedUpOrDownSwapsPlacesWithItsNeighbourAndEveryRuleIsSent() {
        assertThat(RuleOrder.moved(RULES, 12L, -1)).contains(List.of(12L, 11L, 13L));
        assertThat(RuleOrder.moved(RULES, 12L, 1)).contains(List.of(11L, 13L, 12L));
        assertThat(RULES).as("the rows on the screen stay as they are until the boundary answers")
                .containsExactly(11L, 12L, 13L);
    }

    @Test
    void theFirstDoesNotGoUpTheLastNotDownAndAGoneRuleNowhere() {
        assertThat(RuleOrder.moved(RULES, 11L, -1)).isEmpty();
        assertThat(RuleOrder.moved(RULES, 13L, 1)).isEmpty();
        assertThat(RuleOrder.moved(RULES, 99L, 1)).isEmpty();
        assertThat(RuleOrder.moved(List.of(), 11L, 1)).isEmpty();
    }
}
