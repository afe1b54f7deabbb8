package org.realtycrm.campaign.entity;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.realtycrm.platform.problem.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class QuietHoursTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** The fields refused, by name, when making a window fails. */
    private static Map<String, String> refused(Executable making) {
        Map<String, String> errors = new LinkedHashMap<>();
        assertThatThrownBy(making::execute).asInstanceOf(type(InvalidInputException.class))
                .satisfies(e -> e.errors().forEach(error -> errors.put(error.field(), error.message())));
        return errors;
    }

    private static ZonedDateTime newYork(int hour, int minute) {
        return ZonedDateTime.of(2026, 6, 15, hour, minute, 0, 0, NEW_YORK);
    }

    @Test
    void the_federal_window_is_8_am_to_9_pm() {
        assertThat(QuietHours.FEDERAL).isEqualTo(QuietHours.of(LocalTime.of(8, 0), LocalTime.of(21, 0)));
        assertThat(QuietHours.FEDERAL).hasToString("08:00–21:00");
    }

    @Test
    void the_start_is_allowed_the_end_is_not() {
        assertThat(QuietHours.FEDERAL.allows(newYork(7, 59))).isFalse();
        assertThat(QuietHours.FEDERAL.allows(newYork(8, 0))).isTrue();
        assertThat(QuietHours.FEDERAL.allows(newYork(20, 59).plusSeconds(59).plusNanos(999_999_999))).isTrue();
        assertThat(QuietHours.FEDERAL.allows(newYork(21, 0))).isFalse();
        assertThat(QuietHours.FEDERAL.allows(newYork(0, 0))).isFalse();
    }

    @Test
    void a_moment_is_read_in_its_own_zone() {
        Instant noonInNewYork = newYork(12, 0).toInstant();

        assertThat(QuietHours.FEDERAL.allows(noonInNewYork.atZone(ZoneId.of("Pacific/Honolulu")))).isFalse();
        assertThat(QuietHours.FEDERAL.allowsEverywhere(noonInNewYork,
                List.of(NEW_YORK, ZoneId.of("America/Los_Angeles")))).isTrue();
        assertThat(QuietHours.FEDERAL.allowsEverywhere(noonInNewYork,
                List.of(NEW_YORK, ZoneId.of("Pacific/Honolulu")))).isFalse();
    }

    @Test
    void a_window_is_read_from_its_configured_form() {
        assertThat(QuietHours.parse("08:00-20:00")).isEqualTo(QuietHours.of(LocalTime.of(8, 0), LocalTime.of(20, 0)));
        assertThat(QuietHours.parse(" 09:30 – 20:00 ")).hasToString("09:30–20:00");
        assertThat(QuietHours.parse(QuietHours.FEDERAL.toString())).isEqualTo(QuietHours.FEDERAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "08:00", "8-20", "08:00-20:00-21:00", "08:00 20:00", "8am-8pm", "25:00-20:00"})
    void a_window_that_does_not_read_as_two_times_is_refused(String window) {
        assertThat(refused(() -> QuietHours.parse(window))).containsOnlyKeys("window");
        assertThat(refused(() -> QuietHours.parse(null))).containsOnlyKeys("window");
    }

    @Test
    void a_window_can_only_narrow_the_federal_one() {
        assertThat(refused(() -> QuietHours.parse("07:00-20:00"))).containsOnlyKeys("start");
        assertThat(refused(() -> QuietHours.parse("08:00-21:30"))).containsOnlyKeys("end");
        assertThat(refused(() -> QuietHours.parse("07:59-21:01"))).containsOnlyKeys("start", "end");
        assertThat(refused(() -> QuietHours.of(null, null))).containsOnlyKeys("start", "end");
    }

    @Test
    void a_window_ends_after_it_starts() {
        assertThat(refused(() -> QuietHours.parse("20:00-09:00")))
                .containsExactly(Map.entry("end", "must be after the start (20:00)"));
        assertThat(refused(() -> QuietHours.parse("09:00-09:00"))).containsOnlyKeys("end");
    }

    @Test
    void two_windows_overlap_in_the_times_both_allow() {
        assertThat(QuietHours.FEDERAL.overlap(QuietHours.parse("09:00-20:00"))).contains(QuietHours.parse("09:00-20:00"));
        assertThat(QuietHours.parse("08:00-12:00").overlap(QuietHours.parse("10:00-21:00")))
                .contains(QuietHours.parse("10:00-12:00"));
        assertThat(QuietHours.parse("08:00-12:00").overlap(QuietHours.parse("12:00-21:00"))).isEmpty();
    }
}
