package org.realtycrm.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FieldChangesTest {

    @Test
    void keepsOnlyTheFieldsThatDiffer() {
        Map<String, Object> before = state("Maria", "NEW", 3);
        Map<String, Object> after = state("Maria", "CONTACTED", 4);

        assertThat(FieldChanges.between(before, after)).containsExactly(
                Map.entry("status", new FieldChange("NEW", "CONTACTED")),
                Map.entry("score", new FieldChange("3", "4")));
    }

    @Test
    void reportsNothingForIdenticalStates() {
        assertThat(FieldChanges.between(state("Maria", "NEW", 3), state("Maria", "NEW", 3))).isEmpty();
    }

    @Test
    void treatsEmptyTextAndNoValueAsTheSame() {
        Map<String, Object> before = new HashMap<>();
        before.put("notes", null);
        before.put("phones", "");

        assertThat(FieldChanges.between(before, Map.of("notes", "", "phones", ""))).isEmpty();
        assertThat(FieldChanges.between(before, Map.of("notes", "call back"))).containsExactly(
                Map.entry("notes", new FieldChange(null, "call back")));
    }

    @Test
    void aFieldMissingOnOneSideCountsAsEmpty() {
        assertThat(FieldChanges.between(Map.of("lastName", "Lopez"), Map.of())).containsExactly(
                Map.entry("lastName", new FieldChange("Lopez", null)));
    }

    @Test
    void aNewRecordShowsEveryFilledFieldAsChangedFromNothing() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("firstName", "Maria");
        state.put("lastName", null);
        state.put("phones", "");
        state.put("deleted", false);

        assertThat(FieldChanges.created(state)).containsExactly(
                Map.entry("firstName", new FieldChange(null, "Maria")),
                Map.entry("deleted", new FieldChange(null, "false")));
    }

    private static Map<String, Object> state(String firstName, String status, int score) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("firstName", firstName);
        state.put("status", status);
        state.put("score", score);
        return state;
    }
}
