package org.realtycrm.campaign.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.realtycrm.campaign.entity.LocalTimeVerdict.ZoneSource;
import org.realtycrm.platform.problem.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class QuietHoursRuleTest {

    private static final QuietHoursRule FEDERAL = QuietHoursRule.federal();
    private static final QuietHoursRule FLORIDA_8_TO_8 = new QuietHoursRule(QuietHours.FEDERAL,
            Map.of("FL", QuietHours.parse("08:00-20:00")));

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId HONOLULU = ZoneId.of("Pacific/Honolulu");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static Instant at(String localTime, String zone) {
        return LocalDateTime.parse(localTime).atZone(ZoneId.of(zone)).toInstant();
    }

    private static Instant newYork(String localTime) {
        return at(localTime, "America/New_York");
    }

    private static LocalTimeVerdict inState(String state, Instant now) {
        return FEDERAL.decide(RecipientLocation.inState(state), now);
    }

    @Test
    void in_new_york_from_8_am_to_9_pm() {
        LocalTimeVerdict early = inState("NY", newYork("2026-06-15T07:59"));
        assertThat(early.allowed()).isFalse();
        assertThat(early.nextAllowedAt()).contains(newYork("2026-06-15T08:00"));
        assertThat(early.zones()).containsExactly(NEW_YORK);
        assertThat(early.source()).isEqualTo(ZoneSource.STATE);
        assertThat(early.window()).isEqualTo(QuietHours.FEDERAL);

        LocalTimeVerdict eight = inState("NY", newYork("2026-06-15T08:00"));
        assertThat(eight.allowed()).isTrue();
        assertThat(eight.nextAllowedAt()).contains(newYork("2026-06-15T08:00"));

        assertThat(inState("NY", newYork("2026-06-15T20:59")).allowed()).isTrue();

        LocalTimeVerdict nine = inState("NY", newYork("2026-06-15T21:00"));
        assertThat(nine.allowed()).isFalse();
        assertThat(nine.nextAllowedAt()).contains(newYork("2026-06-16T08:00"));
    }

    @Test
    void the_same_moment_is_morning_in_new_york_and_night_in_los_angeles_and_hawaii() {
        Instant now = Instant.parse("2026-06-15T12:30:00Z"); // 08:30 EDT, 05:30 PDT, 02:30 HST

        assertThat(inState("NY", now).allowed()).isTrue();
        LocalTimeVerdict california = inState("CA", now);
        assertThat(california.allowed()).isFalse();
        assertThat(california.nextAllowedAt()).contains(at("2026-06-15T08:00", "America/Los_Angeles"));
        assertThat(inState("HI", now).nextAllowedAt()).contains(Instant.parse("2026-06-15T18:00:00Z"));
    }

    @Test
    void hawaii_keeps_its_clock_all_year() {
        assertThat(inState("HI", Instant.parse("2026-06-15T17:59:00Z")).allowed()).isFalse();
        assertThat(inState("HI", Instant.parse("2026-06-15T18:00:00Z")).allowed()).isTrue();
        assertThat(inState("HI", Instant.parse("2026-01-15T18:00:00Z")).allowed()).isTrue();
        assertThat(inState("HI", Instant.parse("2026-01-16T07:00:00Z")).nextAllowedAt())
                .contains(Instant.parse("2026-01-16T18:00:00Z"));
    }

    @Test
    void in_a_state_spanning_two_zones_a_moment_must_be_allowed_in_both() {
        LocalTimeVerdict florida = inState("FL", newYork("2026-06-15T08:30")); // 07:30 in the panhandle

        assertThat(florida.allowed()).isFalse();
        assertThat(florida.zones()).containsExactly(NEW_YORK, ZoneId.of("America/Chicago"));
        assertThat(florida.nextAllowedAt()).contains(newYork("2026-06-15T09:00"));
        assertThat(florida.reason()).isEqualTo(
                "07:30 in America/Chicago is outside 08:00–21:00; allowed from 2026-06-15T13:00:00Z");

        assertThat(inState("FL", newYork("2026-06-15T20:59")).allowed()).isTrue();
        assertThat(inState("FL", newYork("2026-06-15T21:00")).nextAllowedAt()).contains(newYork("2026-06-16T09:00"));
    }

    @Test
    void a_stricter_state_window_applies_in_that_state_only() {
        RecipientLocation florida = RecipientLocation.inState("FL");
        RecipientLocation newYorkState = RecipientLocation.inState("NY");

        assertThat(FLORIDA_8_TO_8.decide(florida, newYork("2026-06-15T19:59")).allowed()).isTrue();
        LocalTimeVerdict eightPm = FLORIDA_8_TO_8.decide(florida, newYork("2026-06-15T20:00"));
        assertThat(eightPm.allowed()).isFalse();
        assertThat(eightPm.window()).hasToString("08:00–20:00");
        assertThat(eightPm.nextAllowedAt()).contains(newYork("2026-06-16T09:00"));

        assertThat(FLORIDA_8_TO_8.decide(newYorkState, newYork("2026-06-15T20:30")).allowed()).isTrue();
        assertThat(FLORIDA_8_TO_8.windowIn("fl")).hasToString("08:00–20:00");
        assertThat(FLORIDA_8_TO_8.windowIn("NY")).isEqualTo(QuietHours.FEDERAL);
    }

    @Test
    void a_recipient_whose_state_is_unknown_gets_the_narrowest_window_they_may_live_under() {
        RecipientLocation newYorkNumber = RecipientLocation.byNumber(List.of(NEW_YORK));

        LocalTimeVerdict verdict = FLORIDA_8_TO_8.decide(newYorkNumber, newYork("2026-06-15T20:30"));

        assertThat(verdict.allowed()).isFalse();
        assertThat(verdict.source()).isEqualTo(ZoneSource.AREA_CODE);
        assertThat(verdict.window()).hasToString("08:00–20:00");
        assertThat(FEDERAL.decide(newYorkNumber, newYork("2026-06-15T20:30")).allowed()).isTrue();
        assertThat(FLORIDA_8_TO_8.windowIn(null)).hasToString("08:00–20:00");
        assertThat(FLORIDA_8_TO_8.windowIn("ON")).hasToString("08:00–20:00");
    }

    @Test
    void the_address_state_wins_over_the_number_and_the_number_over_nothing() {
        Instant now = newYork("2026-06-15T09:00"); // 03:00 in Honolulu

        LocalTimeVerdict byAddress = FEDERAL.decide(new RecipientLocation("ny", List.of(HONOLULU)), now);
        assertThat(byAddress.source()).isEqualTo(ZoneSource.STATE);
        assertThat(byAddress.zones()).containsExactly(NEW_YORK);
        assertThat(byAddress.allowed()).isTrue();

        LocalTimeVerdict byNumber = FEDERAL.decide(new RecipientLocation("ON", List.of(HONOLULU)), now);
        assertThat(byNumber.source()).isEqualTo(ZoneSource.AREA_CODE);
        assertThat(byNumber.zones()).containsExactly(HONOLULU);
        assertThat(byNumber.allowed()).isFalse();

        assertThat(FEDERAL.decide(new RecipientLocation(" Florida ", List.of()), now).zones())
                .containsExactly(NEW_YORK, ZoneId.of("America/Chicago"));
    }

    @Test
    void when_nothing_is_known_every_zone_of_the_states_must_allow_it() {
        LocalTimeVerdict morning = FEDERAL.decide(RecipientLocation.UNKNOWN, newYork("2026-06-15T10:00"));

        assertThat(morning.source()).isEqualTo(ZoneSource.UNKNOWN);
        assertThat(morning.zones()).isEqualTo(UsStateTimeZones.zonesOfAllStates());
        assertThat(morning.allowed()).isFalse();
        // 08:00 in Hawaii, 09:00 on Adak, 14:00 in New York
        assertThat(morning.nextAllowedAt()).contains(Instant.parse("2026-06-15T18:00:00Z"));

        assertThat(FEDERAL.decide(RecipientLocation.UNKNOWN, newYork("2026-06-15T20:59")).allowed()).isTrue();
        assertThat(FEDERAL.decide(RecipientLocation.UNKNOWN, newYork("2026-06-15T21:00")).nextAllowedAt())
                .contains(Instant.parse("2026-06-16T18:00:00Z"));
        assertThat(FEDERAL.decide(RecipientLocation.byNumber(null), newYork("2026-06-15T21:00")).source())
                .isEqualTo(ZoneSource.UNKNOWN);
    }

    @Test
    void spring_forward_the_next_morning_is_one_hour_nearer() {
        // Sunday 8 March 2026, 02:00 EST becomes 03:00 EDT
        LocalTimeVerdict evening = inState("NY", Instant.parse("2026-03-08T02:00:00Z")); // Saturday 21:00 EST

        assertThat(evening.allowed()).isFalse();
        assertThat(evening.nextAllowedAt()).contains(Instant.parse("2026-03-08T12:00:00Z")); // 08:00 EDT
        assertThat(inState("NY", Instant.parse("2026-03-08T11:59:00Z")).allowed()).isFalse();
        assertThat(inState("NY", Instant.parse("2026-03-07T13:00:00Z")).allowed()).isTrue(); // 08:00 EST
    }

    @Test
    void spring_forward_moves_the_navajo_nation_an_hour_away_from_the_rest_of_arizona() {
        // Saturday 20:30 in all of Arizona, both on MST
        assertThat(inState("AZ", Instant.parse("2026-03-08T03:30:00Z")).allowed()).isTrue();

        // Sunday 20:30 in Phoenix is 21:30 in the Navajo Nation, now on MDT
        LocalTimeVerdict sunday = inState("AZ", Instant.parse("2026-03-09T03:30:00Z"));
        assertThat(sunday.allowed()).isFalse();
        assertThat(sunday.reason()).startsWith("21:30 in America/Denver is outside");
        assertThat(sunday.nextAllowedAt()).contains(at("2026-03-09T08:00", "America/Phoenix"));
    }

    @Test
    void fall_back_the_next_morning_is_one_hour_further() {
        // Sunday 1 November 2026, 02:00 EDT becomes 01:00 EST
        LocalTimeVerdict evening = inState("NY", Instant.parse("2026-11-01T01:00:00Z")); // Saturday 21:00 EDT

        assertThat(evening.nextAllowedAt()).contains(Instant.parse("2026-11-01T13:00:00Z")); // 08:00 EST
        assertThat(inState("NY", Instant.parse("2026-11-01T12:00:00Z")).allowed()).isFalse(); // 07:00 EST
        assertThat(inState("FL", Instant.parse("2026-11-01T13:30:00Z")).nextAllowedAt())
                .contains(Instant.parse("2026-11-01T14:00:00Z")); // 08:00 CST
    }

    @Test
    void a_window_start_on_a_day_a_zone_skipped_is_not_a_moment_at_all() {
        // Samoa crossed the date line in 2011: 29 December was followed by 31 December
        LocalTimeVerdict verdict = FEDERAL.decide(RecipientLocation.byNumber(List.of(ZoneId.of("Pacific/Apia"))),
                at("2011-12-29T21:00", "Pacific/Apia"));

        assertThat(verdict.nextAllowedAt()).contains(at("2011-12-31T08:00", "Pacific/Apia"));
    }

    @Test
    void zones_that_share_no_allowed_moment_leave_no_next_one() {
        QuietHoursRule eightToEight = new QuietHoursRule(QuietHours.parse("08:00-20:00"), Map.of());
        // twelve hours apart in June: their 08:00-20:00 windows follow each other without overlapping
        LocalTimeVerdict verdict = eightToEight.decide(RecipientLocation.byNumber(List.of(NEW_YORK, SHANGHAI)),
                newYork("2026-06-15T12:00"));

        assertThat(verdict.allowed()).isFalse();
        assertThat(verdict.nextAllowedAt()).isEmpty();
        assertThat(verdict.reason()).endsWith("no moment in the next 48 hours is allowed in every zone");
    }

    @Test
    void the_next_allowed_moment_is_never_before_now_allowed_everywhere_and_the_first_such_minute() {
        List<RecipientLocation> places = List.of(RecipientLocation.inState("NY"), RecipientLocation.inState("FL"),
                RecipientLocation.inState("AZ"), RecipientLocation.inState("IN"), RecipientLocation.inState("AK"),
                RecipientLocation.inState("HI"), RecipientLocation.inState("GU"), RecipientLocation.UNKNOWN,
                RecipientLocation.byNumber(List.of(NEW_YORK, ZoneId.of("Europe/London"))));
        List<Instant> moments = new ArrayList<>();
        for (Instant m = Instant.parse("2026-01-01T00:00:00Z"); m.isBefore(Instant.parse("2027-01-01T00:00:00Z"));
                m = m.plus(Duration.ofMinutes(1009))) {
            moments.add(m);
        }
        for (String day : new String[] {"2026-03-07", "2026-10-31", "2026-03-28"}) { // US and EU changes
            for (int minutes = 0; minutes < 3 * 24 * 60; minutes += 20) {
                moments.add(Instant.parse(day + "T00:00:00Z").plus(Duration.ofMinutes(minutes)));
            }
        }

        for (QuietHoursRule rule : List.of(FEDERAL, FLORIDA_8_TO_8)) {
            for (RecipientLocation place : places) {
                for (Instant now : moments) {
                    LocalTimeVerdict verdict = rule.decide(place, now);
                    Optional<Instant> scanned = firstAllowedMinute(verdict.window(), verdict.zones(), now);
                    assertThat(verdict.nextAllowedAt()).as("%s at %s", place, now).isEqualTo(scanned);
                    assertThat(verdict.nextAllowedAt()).hasValueSatisfying(next -> {
                        assertThat(next).isAfterOrEqualTo(now).isBeforeOrEqualTo(now.plus(QuietHoursRule.HORIZON));
                        assertThat(verdict.window().allowsEverywhere(next, verdict.zones())).isTrue();
                    });
                }
            }
        }
    }

    /** The plain way, minute by minute: slow but plainly right. */
    private static Optional<Instant> firstAllowedMinute(QuietHours window, List<ZoneId> zones, Instant from) {
        for (Instant minute = from; !minute.isAfter(from.plus(QuietHoursRule.HORIZON));
                minute = minute.plus(Duration.ofMinutes(1))) {
            if (window.allowsEverywhere(minute, zones)) {
                return Optional.of(minute);
            }
        }
        return Optional.empty();
    }

    @Test
    void a_state_window_must_name_a_state_and_leave_some_time_allowed() {
        Map<String, String> errors = refused(() -> new QuietHoursRule(QuietHours.FEDERAL,
                Map.of("XX", QuietHours.FEDERAL)));
        assertThat(errors).containsOnlyKeys("states.XX");

        assertThat(refused(() -> new QuietHoursRule(QuietHours.parse("08:00-12:00"),
                Map.of("FL", QuietHours.parse("13:00-20:00"))))).containsOnlyKeys("states.FL");
        assertThat(refused(() -> new QuietHoursRule(QuietHours.FEDERAL,
                Map.of("FL", QuietHours.parse("08:00-12:00"), "TX", QuietHours.parse("13:00-21:00")))))
                .containsOnlyKeys("states");
        assertThat(refused(() -> new QuietHoursRule(QuietHours.FEDERAL,
                Map.of("fl", QuietHours.parse("08:00-20:00"), "FL", QuietHours.parse("09:00-20:00")))))
                .hasSize(1).allSatisfy((field, message) -> assertThat(message).isEqualTo("is given twice"));
    }

    @Test
    void a_state_window_is_narrowed_to_the_window_everywhere() {
        QuietHoursRule rule = new QuietHoursRule(QuietHours.parse("09:00-21:00"),
                Map.of(" fl ", QuietHours.parse("08:00-20:00")));

        assertThat(rule.windowIn("FL")).hasToString("09:00–20:00");
        assertThat(rule.windowIn("TX")).hasToString("09:00–21:00");
        assertThat(rule).hasToString("QuietHoursRule[09:00–21:00, {FL=09:00–20:00}]");
    }

    private static Map<String, String> refused(Runnable making) {
        Map<String, String> errors = new LinkedHashMap<>();
        assertThatThrownBy(making::run).asInstanceOf(type(InvalidInputException.class))
                .satisfies(e -> e.errors().forEach(error -> errors.put(error.field(), error.message())));
        return errors;
    }
}
