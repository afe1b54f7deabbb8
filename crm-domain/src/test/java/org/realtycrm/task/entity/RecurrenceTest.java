package org.realtycrm.task.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class RecurrenceTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static Instant ny(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
    }

    @Test
    void aDailyTaskComesBackTheNextDayAtItsTime() {
        Instant first = ny("2026-12-07T09:00");

        assertThat(Recurrence.DAILY.nextAfter(first, first, NEW_YORK)).isEqualTo(ny("2026-12-08T09:00"));
    }

    @Test
    void aDailyTaskDoneThreeDaysLateComesBackOnceAfterNowNotThreeTimesOverdue() {
        Instant first = ny("2026-12-07T09:00");

        assertThat(Recurrence.DAILY.nextAfter(first, ny("2026-12-10T14:30"), NEW_YORK))
                .isEqualTo(ny("2026-12-11T09:00"));
        assertThat(Recurrence.DAILY.nextAfter(first, ny("2026-12-10T08:59"), NEW_YORK))
                .isEqualTo(ny("2026-12-10T09:00"));
    }

    @Test
    void keepsItsLocalTimeAcrossTheChangeToDaylightSavingTime() {
        // 8 March 2026: clocks in New York go from 2:00 to 3:00; 9 am stays 9 am, 13:00 UTC becomes 12:00 UTC
        Instant first = ny("2026-03-07T09:00");

        Instant next = Recurrence.DAILY.nextAfter(first, first, NEW_YORK);

        assertThat(next).isEqualTo(ny("2026-03-08T09:00")).isEqualTo(Instant.parse("2026-03-08T13:00:00Z"));
        assertThat(first).isEqualTo(Instant.parse("2026-03-07T14:00:00Z"));
    }

    @Test
    void weekdaysSkipTheWeekend() {
        Instant friday = ny("2026-12-11T08:30");

        assertThat(Recurrence.WEEKDAYS.nextAfter(friday, friday, NEW_YORK)).isEqualTo(ny("2026-12-14T08:30"));
        assertThat(Recurrence.WEEKDAYS.nextAfter(friday, ny("2026-12-12T10:00"), NEW_YORK))
                .isEqualTo(ny("2026-12-14T08:30"));
    }

    @Test
    void weeklyStaysOnItsDay() {
        Instant monday = ny("2026-12-07T10:00");

        assertThat(Recurrence.WEEKLY.nextAfter(monday, ny("2026-12-09T10:00"), NEW_YORK))
                .isEqualTo(ny("2026-12-14T10:00"));
    }

    @Test
    void monthlyFromThe31stFallsOnTheLastDayOfShortMonthsAndReturnsToThe31st() {
        Instant first = ny("2027-01-31T09:00");

        Instant february = Recurrence.MONTHLY.nextAfter(first, first, NEW_YORK);
        Instant march = Recurrence.MONTHLY.nextAfter(first, february, NEW_YORK);

        assertThat(february).isEqualTo(ny("2027-02-28T09:00"));
        assertThat(march).as("counted from the first time, not from February's").isEqualTo(ny("2027-03-31T09:00"));
    }

    @Test
    void aTaskThatDoesNotRecurHasNoNextTime() {
        Instant first = ny("2026-12-07T09:00");

        assertThatThrownBy(() -> Recurrence.NONE.nextAfter(first, first, NEW_YORK))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSeriesYearsOldFindsItsNextTimeWithoutWalkingEveryDay() {
        Instant first = ny("2016-01-04T09:00");

        assertThat(Recurrence.DAILY.nextAfter(first, ny("2026-12-07T12:00"), NEW_YORK))
                .isEqualTo(ny("2026-12-08T09:00"));
    }
}
