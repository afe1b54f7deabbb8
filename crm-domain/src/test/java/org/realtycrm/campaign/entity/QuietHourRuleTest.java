package org.realtycrm.campaign.entity;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.realtycrm.platform.problem.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/**
 * A state's own calling hours as administrators keep them: only for a US state's (DC's, a territory's) postal code,
 * kept upper-case; the window given back as set, and replaced by a change.
 */
class QuietHourRuleTest {

    private static final QuietHours FLORIDA = QuietHours.of(LocalTime.of(8, 0), LocalTime.of(20, 0));

    @ParameterizedTest
    @ValueSource(strings = {"XX", "ON", "Florida", "F", "FLA", " "})
    @NullAndEmptySource
    void a_code_that_is_no_state_is_refused(String state) {
        assertThatThrownBy(() -> new QuietHourRule(state, FLORIDA, 1L)).asInstanceOf(type(InvalidInputException.class))
                .satisfies(e -> assertThat(e.errors()).extracting(error -> error.field()).containsExactly("state"));
    }

    @Test
    void the_code_is_kept_upper_case_and_stripped() {
        assertThat(new QuietHourRule("fl", FLORIDA, 1L).getState()).isEqualTo("FL");
        assertThat(new QuietHourRule(" Ga ", FLORIDA, 1L).getState()).isEqualTo("GA");
        assertThat(new QuietHourRule("PR", FLORIDA, 1L).getState()).isEqualTo("PR");
    }

    @Test
    void the_window_is_given_back_as_it_was_set_with_who_set_it() {
        QuietHourRule rule = new QuietHourRule("FL", FLORIDA, 1L);

        assertThat(rule.window()).isEqualTo(FLORIDA);
        assertThat(rule.getUpdatedBy()).isEqualTo(1L);
    }

    @Test
    void a_change_replaces_the_window_and_who_set_it() {
        QuietHourRule rule = new QuietHourRule("FL", FLORIDA, 1L);
        QuietHours narrower = QuietHours.of(LocalTime.of(9, 0), LocalTime.of(19, 30));

        rule.change(narrower, 2L);

        assertThat(rule.window()).isEqualTo(narrower);
        assertThat(rule.getUpdatedBy()).isEqualTo(2L);
        assertThat(rule.getState()).isEqualTo("FL");
    }

    @Test
    void a_rule_has_a_window() {
        assertThatThrownBy(() -> new QuietHourRule("FL", null, 1L)).isInstanceOf(NullPointerException.class);
        QuietHourRule rule = new QuietHourRule("FL", FLORIDA, 1L);
        assertThatThrownBy(() -> rule.change(null, 2L)).isInstanceOf(NullPointerException.class);
        assertThat(rule.window()).isEqualTo(FLORIDA);
    }
}
