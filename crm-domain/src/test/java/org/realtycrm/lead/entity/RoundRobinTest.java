package org.realtycrm.lead.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RoundRobinTest {

    @Test
    void nobodyGetsATurnWhenThereAreNoAgents() {
        assertThat(RoundRobin.next(List.of(), null)).isEmpty();
        assertThat(RoundRobin.next(List.of(), 3L)).isEmpty();
    }

    @Test
    void theFirstTurnGoesToTheLowestId() {
        assertThat(RoundRobin.next(List.of(3L, 5L, 9L), null)).contains(3L);
    }

    @Test
    void theTurnPassesToTheNextAgent() {
        assertThat(RoundRobin.next(List.of(3L, 5L, 9L), 5L)).contains(9L);
    }

    @Test
    void wrapsAroundAfterTheLastAgent() {
        assertThat(RoundRobin.next(List.of(3L, 5L, 9L), 9L)).contains(3L);
    }

    @Test
    void skipsPastAnAgentWhoLeftAfterTheirTurn() {
        assertThat(RoundRobin.next(List.of(3L, 9L), 5L)).contains(9L);
        assertThat(RoundRobin.next(List.of(3L, 5L), 9L)).contains(3L);
    }

    @Test
    void aNewcomerJoinsTheRotationInIdOrder() {
        List<Long> agents = List.of(3L, 4L, 5L, 9L, 12L);

        assertThat(turns(agents, 5L, 5)).containsExactly(9L, 12L, 3L, 4L, 5L);
    }

    @Test
    void everyAgentGetsAnEqualShareAndNobodyTwiceInARow() {
        List<Long> agents = List.of(2L, 3L, 7L, 11L);

        List<Long> turns = turns(agents, null, 400);

        Map<Long, Integer> counts = new HashMap<>();
        turns.forEach(id -> counts.merge(id, 1, Integer::sum));
        assertThat(counts).containsOnly(Map.entry(2L, 100), Map.entry(3L, 100), Map.entry(7L, 100),
                Map.entry(11L, 100));
        for (int i = 1; i < turns.size(); i++) {
            assertThat(turns.get(i)).isNotEqualTo(turns.get(i - 1));
        }
    }

    private static List<Long> turns(List<Long> agents, Long last, int count) {
        List<Long> turns = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            last = RoundRobin.next(agents, last).orElseThrow();
            turns.add(last);
        }
        return turns;
    }
}
