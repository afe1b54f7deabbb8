package org.realtycrm.campaign.entity;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * The local times of day at which a recipient may be called or texted, from {@link #start()} (included) to
 * {@link #end()} (excluded): the quiet hours are the rest of the day. The TCPA (47 CFR 64.1200(c)(1)) allows telephone
 * solicitation from 8 am to 9 pm at the called party's location, {@link #FEDERAL}; some states allow less (Florida 8 am
 * to 8 pm), so a window always lies within the federal one: a state's rule can narrow it, never widen it.
 * Made valid or not at all.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public static final LocalTime EARLIEST = LocalTime.of(8, 0);
    public static final LocalTime LATEST = LocalTime.of(21, 0);
    public static final QuietHours FEDERAL = new QuietHours(EARLIEST, LATEST);

    public QuietHours {
        List<FieldError> errors = new ArrayList<>();
        if (start == null) {
            errors.add(new FieldError("start", "must be given"));
        } else if (start.isBefore(EARLIEST)) {
            errors.add(new FieldError("start", "must not be before " + EARLIEST + ": a rule can only narrow the federal "
                    + EARLIEST + "–" + LATEST));
        }
        if (end == null) {
            errors.add(new FieldError("end", "must be given"));
        } else if (end.isAfter(LATEST)) {
            errors.add(new FieldError("end", "must not be after " + LATEST + ": a rule can only narrow the federal "
                    + EARLIEST + "–" + LATEST));
        } else if (start != null && !start.isBefore(end)) {
            errors.add(new FieldError("end", "must be after the start (" + start + ")"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    public static QuietHours of(LocalTime start, LocalTime end) {
        return new QuietHours(start, end);
    }

    /**
     * Reads a window as configured, {@code 08:00-20:00} (an en dash and spaces around it are fine too).
     *
     * @throws InvalidInputException on {@code window} when it does not read as two times, else as {@link #of}
     */
    public static QuietHours parse(String window) {
        String[] times = window == null ? new String[0] : window.strip().split("\\s*[-–]\\s*", -1);
        if (times.length != 2) {
            throw new InvalidInputException("window", "must be two times such as 08:00-20:00");
        }
        try {
            return of(LocalTime.parse(times[0]), LocalTime.parse(times[1]));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("window", "must be two times such as 08:00-20:00");
        }
    }

    /** Whether the local time of {@code moment}, in its own zone, lies in the window. */
    public boolean allows(ZonedDateTime moment) {
        LocalTime time = moment.toLocalTime();
        return !time.isBefore(start) && time.isBefore(end);
    }

    /** Whether {@code moment} lies in the window by the local time of every one of {@code zones}. */
    public boolean allowsEverywhere(Instant moment, Collection<ZoneId> zones) {
        return zones.stream().allMatch(zone -> allows(moment.atZone(zone)));
    }

    /** The times both windows allow; empty when they do not overlap. */
    public Optional<QuietHours> overlap(QuietHours other) {
        LocalTime laterStart = start.isAfter(other.start) ? start : other.start;
        LocalTime earlierEnd = end.isBefore(other.end) ? end : other.end;
        return laterStart.isBefore(earlierEnd) ? Optional.of(new QuietHours(laterStart, earlierEnd)) : Optional.empty();
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }
}
