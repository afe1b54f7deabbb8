package org.realtycrm.lead.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.lead.entity.LeadStatus.CLOSED;
import static org.realtycrm.lead.entity.LeadStatus.CONTACTED;
import static org.realtycrm.lead.entity.LeadStatus.LOST;
import static org.realtycrm.lead.entity.LeadStatus.NEW;
import static org.realtycrm.lead.entity.LeadStatus.NURTURE;
import static org.realtycrm.lead.entity.LeadStatus.QUALIFIED;
import static org.realtycrm.lead.entity.LeadStatus.UNDER_CONTRACT;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class LeadStatusTest {

    /** The legal moves, written out from the javadoc of {@link LeadStatus} rather than read back from the enum. */
    private static final Map<LeadStatus, Set<LeadStatus>> LEGAL = Map.of(
            NEW, Set.of(CONTACTED, NURTURE, LOST),
            CONTACTED, Set.of(QUALIFIED, NURTURE, LOST),
            QUALIFIED, Set.of(UNDER_CONTRACT, NURTURE, LOST),
            UNDER_CONTRACT, Set.of(CLOSED, QUALIFIED, LOST),
            CLOSED, Set.of(),
            NURTURE, Set.of(CONTACTED, QUALIFIED, LOST),
            LOST, Set.of(NURTURE, CONTACTED));

    static Stream<Arguments> everyPairOfStatuses() {
        return Arrays.stream(LeadStatus.values())
                .flatMap(from -> Arrays.stream(LeadStatus.values())
                        .map(to -> Arguments.of(from, to, LEGAL.get(from).contains(to))));
    }

    @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
    @MethodSource("everyPairOfStatuses")
    void allowsExactlyTheDocumentedTransitions(LeadStatus from, LeadStatus to, boolean legal) {
        assertThat(from.canMoveTo(to)).isEqualTo(legal);
    }

    @ParameterizedTest
    @EnumSource(LeadStatus.class)
    void offersExactlyTheDocumentedNextStatuses(LeadStatus status) {
        assertThat(status.nextStatuses()).containsExactlyInAnyOrderElementsOf(LEGAL.get(status));
    }

    @Test
    void closedIsFinal() {
        assertThat(CLOSED.nextStatuses()).isEmpty();
        assertThat(LeadStatus.values()).noneMatch(CLOSED::canMoveTo);
    }

    @Test
    void changingTheOfferedNextStatusesDoesNotChangeTheRules() {
        NEW.nextStatuses().clear();
        CLOSED.nextStatuses().add(NEW);

        assertThat(NEW.canMoveTo(CONTACTED)).isTrue();
        assertThat(CLOSED.canMoveTo(NEW)).isFalse();
    }

    @Test
    void only_closed_and_lost_leads_are_done_with() {
        assertThat(Arrays.stream(LeadStatus.values()).filter(s -> !s.isOpen())).containsExactlyInAnyOrder(CLOSED, LOST);
    }
}
