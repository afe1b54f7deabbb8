package org.realtycrm.report.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.realtycrm.platform.problem.InvalidInputException;

/**
 * The days a report covers, {@code from} and {@code to} both included, in the brokerage's zone: a lead counts when
 * its moment falls at or after the start of {@code from} and before the start of the day after {@code to}. At most
 * {@link #MAX_YEARS} years, so that no report reads the whole history by accident.
 */
public record ReportRange(LocalDate from, LocalDate to) {

    public static final int MAX_YEARS = 3;

    public ReportRange {
        if (from == null) {
            throw new InvalidInputException("from", "is required (yyyy-MM-dd)");
        }
        if (to == null) {
            throw new InvalidInputException("to", "is required (yyyy-MM-dd)");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "must not be before from");
        }
        if (to.isAfter(from.plusYears(MAX_YEARS))) {
            throw new InvalidInputException("to", "must be at most " + MAX_YEARS + " years after from");
        }
    }

    /** The range as the API and the screens give it: two ISO dates ({@code 2026-01-31}). */
    public static ReportRange parse(String from, String to) {
        return new ReportRange(date("from", from), date("to", to));
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date (yyyy-MM-dd)");
        }
    }

    /** The first moment of {@code from} in the zone. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(Objects.requireNonNull(zone, "zone")).toInstant();
    }

    /** The first moment after the range: the start of the day after {@code to} in the zone. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(Objects.requireNonNull(zone, "zone")).toInstant();
    }

    /** How many days the range covers, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** For file names: {@code 2026-01-01_2026-01-31}. */
    public String label() {
        return from + "_" + to;
    }
}
