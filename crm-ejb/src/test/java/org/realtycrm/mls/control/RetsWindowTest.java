package org.realtycrm.mls.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class RetsWindowTest {

    private static final LocalDateTime NOW = LocalDateTime.parse("2026-01-05T12:00:00");

    private static LocalDateTime at(String time) {
        return LocalDateTime.parse(time);
    }

    @Test
    void aWindowIsADmqlRangeWithBothEndsOrAnOpenOneCutToWholeSeconds() {
        assertThat(RetsWindow.openFrom(at("2025-03-01T10:00:00.750")).dmql("LIST_87"))
                .isEqualTo("(LIST_87=2025-03-01T10:00:00+)");
        assertThat(new RetsWindow(at("2025-03-01T10:00:00"), at("2025-03-02T00:00:00")).dmql("LIST_87"))
                .isEqualTo("(LIST_87=2025-03-01T10:00:00-2025-03-02T00:00:00)");
        assertThatThrownBy(() -> new RetsWindow(at("2025-03-01T10:00:00"), at("2025-03-01T10:00:00")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWindowWithTooManyRowsIsHalvedUntilItIsOneSecondOrItsHalfIsNotSettled() {
        RetsWindow open = RetsWindow.openFrom(at("2026-01-01T12:00:00"));

        assertThat(open.narrower(NOW)).contains(new RetsWindow(at("2026-01-01T12:00:00"), at("2026-01-03T12:00:00"), open));
        RetsWindow tenSeconds = new RetsWindow(at("2025-01-01T00:00:00"), at("2025-01-01T00:00:10"));
        assertThat(tenSeconds.narrower(NOW)).hasValueSatisfying(half -> assertThat(half.to()).isEqualTo(at("2025-01-01T00:00:05")));
        assertThat(new RetsWindow(at("2025-01-01T00:00:00"), at("2025-01-01T00:00:01")).narrower(NOW)).isEmpty();
        // half of the last ninety minutes ends within the hour before now, where rows may still join a window
        assertThat(RetsWindow.openFrom(NOW.minusMinutes(90)).narrower(NOW)).isEmpty();
        // a cursor ahead of this clock: nothing to halve
        assertThat(RetsWindow.openFrom(NOW.plusDays(1)).narrower(NOW)).isEmpty();
    }

    @Test
    void afterAFirstHalfComesTheRestOfTheWindowItWasCutFromWhateverItHeld() {
        RetsWindow month = new RetsWindow(at("2025-03-01T00:00:00"), at("2025-03-31T00:00:00"));
        RetsWindow firstHalf = month.narrower(NOW).orElseThrow();
        RetsWindow firstQuarter = firstHalf.narrower(NOW).orElseThrow();

        assertThat(firstQuarter.following(0, 10, NOW)).hasValueSatisfying(rest -> {
            assertThat(rest.from()).isEqualTo(at("2025-03-08T12:00:00"));
            assertThat(rest.to()).isEqualTo(at("2025-03-16T00:00:00"));
            // the rest read whole, the windows grow from there on
            assertThat(rest.following(0, 10, NOW)).contains(
                    new RetsWindow(at("2025-03-16T00:00:00"), at("2025-05-15T00:00:00")));
        });
        RetsWindow firstHalfOfOpen = RetsWindow.openFrom(at("2025-03-01T00:00:00")).narrower(NOW).orElseThrow();
        assertThat(firstHalfOfOpen.following(3, 10, NOW)).contains(RetsWindow.openFrom(firstHalfOfOpen.to()));
    }

    @Test
    void theNextWindowStartsAtTheLastSecondAndIsSizedFromTheRowsTheLastOneHeld() {
        RetsWindow day = new RetsWindow(at("2025-03-01T00:00:00"), at("2025-03-02T00:00:00"));

        // 40 rows in a day, 10 wanted: a quarter of a day
        assertThat(day.following(40, 10, NOW))
                .contains(new RetsWindow(at("2025-03-02T00:00:00"), at("2025-03-02T06:00:00")));
        // few or no rows: at most eight times as wide
        assertThat(day.following(1, 10, NOW))
                .contains(new RetsWindow(at("2025-03-02T00:00:00"), at("2025-03-10T00:00:00")));
        assertThat(day.following(0, 10, NOW))
                .contains(new RetsWindow(at("2025-03-02T00:00:00"), at("2025-03-10T00:00:00")));
        // very many: one second at least, so the query always moves on
        assertThat(new RetsWindow(at("2025-03-01T00:00:00"), at("2025-03-01T00:00:01")).following(5_000, 10, NOW))
                .contains(new RetsWindow(at("2025-03-01T00:00:01"), at("2025-03-01T00:00:02")));
    }

    @Test
    void theWindowThatWouldReachTheLastHourIsTheOpenOneAndAfterItTheQueryIsDone() {
        RetsWindow lastDay = new RetsWindow(at("2026-01-04T00:00:00"), at("2026-01-05T00:00:00"));

        assertThat(lastDay.following(10, 10, NOW)).contains(RetsWindow.openFrom(at("2026-01-05T00:00:00")));
        // a narrow one that still ends before the last hour stays bounded
        assertThat(new RetsWindow(at("2026-01-05T09:00:00"), at("2026-01-05T10:00:00")).following(100, 10, NOW))
                .contains(new RetsWindow(at("2026-01-05T10:00:00"), at("2026-01-05T10:06:00")));
        assertThat(RetsWindow.openFrom(at("2026-01-05T00:00:00")).following(10, 10, NOW)).isEmpty();
    }
}
