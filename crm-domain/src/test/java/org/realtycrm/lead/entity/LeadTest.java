package org.realtycrm.lead.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.realtycrm.lead.entity.TestLeads.lead;
import static org.realtycrm.platform.problem.InvalidInput.rejectedField;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.realtycrm.audit.entity.FieldChange;
import org.realtycrm.audit.entity.FieldChanges;
import org.realtycrm.platform.problem.RuleViolationException;

class LeadTest {

    @Test
    void startsNewAndWarmUnassignedAndLive() {
        Lead lead = lead();

        assertThat(lead.getStatus()).isEqualTo(LeadStatus.NEW);
        assertThat(lead.getTemperature()).isEqualTo(Temperature.WARM);
        assertThat(lead.getAssignedAgent()).isNull();
        assertThat(lead.isDeleted()).isFalse();
    }

    @Test
    void walksTheMainRoadToClosed() {
        assertThat(closedLead().getStatus()).isEqualTo(LeadStatus.CLOSED);
    }

    @Test
    void refusesSkippingAStepAndSaysWhereTheLeadCanGo() {
        Lead lead = lead();

        assertThatThrownBy(() -> lead.moveTo(LeadStatus.QUALIFIED))
                .isInstanceOf(IllegalStatusTransitionException.class)
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("from NEW to QUALIFIED")
                .hasMessageContainingAll("CONTACTED", "NURTURE", "LOST");
        assertThat(lead.getStatus()).isEqualTo(LeadStatus.NEW);
    }

    @Test
    void refusesMovingAClosedLeadBack() {
        Lead lead = closedLead();

        assertThatThrownBy(() -> lead.moveTo(LeadStatus.QUALIFIED))
                .isInstanceOf(IllegalStatusTransitionException.class)
                .hasMessageContaining("nothing (final)");
        assertThat(lead.getStatus()).isEqualTo(LeadStatus.CLOSED);
    }

    @Test
    void movingToTheCurrentStatusChangesNothing() {
        Lead lead = closedLead();

        lead.moveTo(LeadStatus.CLOSED);

        assertThat(lead.getStatus()).isEqualTo(LeadStatus.CLOSED);
    }

    @Test
    void theFirstMoveOutOfNewIsWhenTheLeadWasFirstContactedAndStaysSo() {
        Lead lead = lead();
        assertThat(lead.getFirstContactedAt()).isNull();
        Instant before = Instant.now();

        lead.moveTo(LeadStatus.NURTURE);
        Instant first = lead.getFirstContactedAt();
        lead.moveTo(LeadStatus.CONTACTED);

        assertThat(first).isBetween(before, Instant.now());
        assertThat(lead.getFirstContactedAt()).isEqualTo(first);
    }

    @Test
    void aRefusedMoveOutOfNewIsNoContact() {
        Lead lead = lead();

        assertThatThrownBy(() -> lead.moveTo(LeadStatus.QUALIFIED)).isInstanceOf(IllegalStatusTransitionException.class);

        assertThat(lead.getFirstContactedAt()).isNull();
    }

    @Test
    void aLeadThatArrivedContactedWasNeverNew() {
        Lead lead = lead();
        lead.startIn(LeadStatus.CONTACTED);

        lead.moveTo(LeadStatus.QUALIFIED);

        assertThat(lead.getFirstContactedAt()).isNull();
    }

    @Test
    void revivesALostLead() {
        Lead lead = lead();
        lead.moveTo(LeadStatus.LOST);

        lead.moveTo(LeadStatus.CONTACTED);

        assertThat(lead.getStatus()).isEqualTo(LeadStatus.CONTACTED);
    }

    @Test
    void deletingTwiceKeepsTheFirstDeletionTime() {
        Lead lead = lead();
        Instant first = Instant.parse("2026-01-05T10:00:00Z");

        lead.delete(first);
        lead.delete(first.plusSeconds(3600));

        assertThat(lead.isDeleted()).isTrue();
        assertThat(lead.getDeletedAt()).isEqualTo(first);
    }

    @Test
    void requiresASourceOfAtMost64Characters() {
        Lead lead = lead();

        assertThat(rejectedField(() -> lead.changeSource("  ")).field()).isEqualTo("source");
        assertThat(rejectedField(() -> lead.changeSource("x".repeat(65))).field()).isEqualTo("source");
        lead.changeSource("  Open house  ");
        assertThat(lead.getSource()).isEqualTo("Open house");
    }

    @Test
    void keepsNotesUpTo10000CharactersAndTreatsBlankNotesAsNone() {
        Lead lead = lead();

        lead.changeNotes("x".repeat(10_000));
        assertThat(lead.getNotes()).hasSize(10_000);
        assertThat(rejectedField(() -> lead.changeNotes("x".repeat(10_001))).field()).isEqualTo("notes");
        lead.changeNotes("   ");
        assertThat(lead.getNotes()).isNull();
    }

    @Test
    void auditStateShowsWhatChanged() {
        Lead lead = lead();
        Map<String, Object> before = lead.auditState();

        lead.moveTo(LeadStatus.CONTACTED);
        lead.changeTemperature(Temperature.HOT);
        lead.delete(Instant.parse("2026-01-05T10:00:00Z"));

        assertThat(FieldChanges.between(before, lead.auditState())).containsExactly(
                Map.entry("status", new FieldChange("NEW", "CONTACTED")),
                Map.entry("temperature", new FieldChange("WARM", "HOT")),
                Map.entry("deletedAt", new FieldChange(null, "2026-01-05T10:00:00Z")));
    }

    @Test
    void auditStateListsPhonesWithTheirType() {
        ContactDetails twoPhones = new ContactDetails("Maria", null, null, List.of(TestLeads.MOBILE, TestLeads.WORK));
        Lead lead = new Lead(twoPhones, "Zillow", null);

        assertThat(lead.auditState()).containsEntry("phones", "+14155550132 (MOBILE), +16502530000 (WORK)");
    }

    private static Lead closedLead() {
        Lead lead = lead();
        lead.moveTo(LeadStatus.CONTACTED);
        lead.moveTo(LeadStatus.QUALIFIED);
        lead.moveTo(LeadStatus.UNDER_CONTRACT);
        lead.moveTo(LeadStatus.CLOSED);
        return lead;
    }
}
