package org.realtycrm.task.entity;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * How often a task comes back. The times of a series are counted in the brokerage's zone from its first due time,
 * so a daily 9 am call stays at 9 am across a change of daylight-saving time, and a monthly task due on the 31st is
 * due on the last day of the shorter months and on the 31st again after them. Stored by name: append, never rename.
 */
public enum Recurrence {
    NONE,
    DAILY,
    /** Monday to Friday. */
    WEEKDAYS,
    WEEKLY,
    MONTHLY;

    /**
     * The series' first time after {@code after}.
     *
     * @param first the series' first due time, the one its times are counted from
     * @param after the time the next occurrence must follow (the later of the completed one's due time and now)
     * @throws IllegalStateException for {@link #NONE}, which has no next time
     */
    public Instant nextAfter(Instant first, Instant after, ZoneId zone) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(after, "after");
        ZonedDateTime origin = first.atZone(zone);
        if (this == NONE) {
            throw new IllegalStateException("a task that does not recur has no next time");
        }
        // a whole number of steps past the origin, then one at a time: no drift, and no walk through years of days
        long steps = Math.max(0, estimatedSteps(origin, after.atZone(zone)) - 1);
        ZonedDateTime candidate = nth(origin, steps);
        while (!candidate.toInstant().isAfter(after) || !falls(candidate)) {
            candidate = nth(origin, ++steps);
        }
        return candidate.toInstant();
    }

    private long estimatedSteps(ZonedDateTime origin, ZonedDateTime after) {
        if (!after.isAfter(origin)) {
            return 0;
        }
        return switch (this) {
            case DAILY, WEEKDAYS -> java.time.temporal.ChronoUnit.DAYS.between(origin, after);
            case WEEKLY -> java.time.temporal.ChronoUnit.WEEKS.between(origin, after);
            case MONTHLY -> java.time.temporal.ChronoUnit.MONTHS.between(origin, after);
            case NONE -> 0;
        };
    }

    private ZonedDateTime nth(ZonedDateTime origin, long n) {
        return switch (this) {
            case DAILY, WEEKDAYS -> origin.plusDays(n);
            case WEEKLY -> origin.plusWeeks(n);
            case MONTHLY -> origin.plusMonths(n);
            case NONE -> origin;
        };
    }

    private boolean falls(ZonedDateTime candidate) {
        return this != WEEKDAYS || (candidate.getDayOfWeek() != DayOfWeek.SATURDAY
                && candidate.getDayOfWeek() != DayOfWeek.SUNDAY);
    }
}
