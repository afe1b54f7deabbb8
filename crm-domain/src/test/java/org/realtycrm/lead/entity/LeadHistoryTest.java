package org.realtycrm.lead.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.realtycrm.lead.entity.TestLeads.lead;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** A lead that stands for history (the demo job's): told when it arrived and when each status change happened. */
class LeadHistoryTest {

    private static final Instant ARRIVED = Instant.now().minus(Duration.ofDays(30));

    @Test
    void keepsItsArrivalAsCreationAndLastChange() {
        Lead lead = lead();

        lead.arrivedAt(ARRIVED);

        assertThat(lead.getCreatedAt()).isEqualTo(ARRIVED);
        assertThat(lead.getUpdatedAt()).isEqualTo(ARRIVED);
    }

    @Test
    void theFirstHistoricMoveOutOfNewIsTheFirstContactAtThatMoment() {
        Lead lead = lead();
        lead.arrivedAt(ARRIVED);
        Instant contacted = ARRIVED.plus(Duration.ofMinutes(12));
        Instant qualified = ARRIVED.plus(Duration.ofDays(3));

        lead.moveTo(LeadStatus.CONTACTED, contacted);
        lead.moveTo(LeadStatus.QUALIFIED, qualified);

        assertThat(lead.getStatus()).isEqualTo(LeadStatus.QUALIFIED);
        assertThat(lead.getFirstContactedAt()).isEqualTo(contacted);
        assertThat(lead.getCreatedAt()).isEqualTo(ARRIVED);
        assertThat(lead.getUpdatedAt()).isEqualTo(qualified);
    }

    @Test
    void historicMovesFollowTheLegalTransitions() {
        Lead lead = lead();
        lead.arrivedAt(ARRIVED);

        assertThatThrownBy(() -> lead.moveTo(LeadStatus.CLOSED, ARRIVED.plusSeconds(60)))
                .isInstanceOf(IllegalStatusTransitionException.class);
        assertThat(lead.getStatus()).isEqualTo(LeadStatus.NEW);
        assertThat(lead.getFirstContactedAt()).isNull();
        assertThat(lead.getUpdatedAt()).isEqualTo(ARRIVED);
    }

    @Test
    void refusesAContactBeforeTheArrivalOrBeforeThePreviousChange() {
        Lead lead = lead();
        lead.arrivedAt(ARRIVED);

        assertThatThrownBy(() -> lead.moveTo(LeadStatus.CONTACTED, ARRIVED.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(lead.getFirstContactedAt()).isNull();

        lead.moveTo(LeadStatus.CONTACTED, ARRIVED.plus(Duration.ofDays(2)));
        assertThatThrownBy(() -> lead.moveTo(LeadStatus.QUALIFIED, ARRIVED.plus(Duration.ofDays(1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(lead.getStatus()).isEqualTo(LeadStatus.CONTACTED);
    }

    @Test
    void refusesTheFuture() {
        Lead lead = lead();
        assertThatThrownBy(() -> lead.arrivedAt(Instant.now().plus(Duration.ofHours(1))))
                .isInstanceOf(IllegalArgumentException.class);

        lead.arrivedAt(ARRIVED);
        assertThatThrownBy(() -> lead.moveTo(LeadStatus.CONTACTED, Instant.now().plus(Duration.ofHours(1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(lead.getStatus()).isEqualTo(LeadStatus.NEW);
        assertThat(lead.getFirstContactedAt()).isNull();
    }

    @Test
    void aHistoricMoveNeedsTheArrivalFirst() {
        Lead lead = lead();

        assertThatThrownBy(() -> lead.moveTo(LeadStatus.CONTACTED, ARRIVED)).isInstanceOf(IllegalStateException.class);
        assertThat(lead.getStatus()).isEqualTo(LeadStatus.NEW);
    }

    @Test
    void theArrivalCannotBeMovedAfterTheFirstContact() {
        Lead lead = lead();
        lead.arrivedAt(ARRIVED);
        lead.moveTo(LeadStatus.CONTACTED, ARRIVED.plusSeconds(600));

        assertThatThrownBy(() -> lead.arrivedAt(ARRIVED.plusSeconds(1200))).isInstanceOf(IllegalStateException.class);
        assertThat(lead.getCreatedAt()).isEqualTo(ARRIVED);
    }

    @Test
    void aStoredLeadGetsNoHistory() throws ReflectiveOperationException {
        Lead lead = lead();
        Field id = Lead.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(lead, 7L);

        assertThatThrownBy(() -> lead.arrivedAt(ARRIVED)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> lead.moveTo(LeadStatus.CONTACTED, ARRIVED)).isInstanceOf(IllegalStateException.class);
        assertThat(lead.getCreatedAt()).isNull();
        assertThat(lead.getStatus()).isEqualTo(LeadStatus.NEW);
    }

    @Test
    void aChangeMadeNowIsStillNow() {
        Lead lead = lead();
        Instant before = Instant.now();

        lead.moveTo(LeadStatus.CONTACTED);

        assertThat(lead.getFirstContactedAt()).isBetween(before, Instant.now());
    }
}
