package org.realtycrm.campaign.entity;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whether a call or text may go out {@link #at()} a moment by the recipient's local time, as {@link QuietHoursRule}
 * decides it: allowed only if the moment lies in the {@link #window()} in every one of the candidate {@link #zones()},
 * since where in them the recipient is cannot be told apart.
 *
 * <p>{@link #nextAllowedAt()} is the earliest moment at or after {@code at} allowed in every zone: {@code at} itself
 * when allowed, a later moment when not, so that a refused message can be held until then rather than dropped; empty
 * when no moment within {@link QuietHoursRule#HORIZON} is allowed in every zone.
 */
public record LocalTimeVerdict(Instant at, QuietHours window, List<ZoneId> zones, ZoneSource source,
        Optional<Instant> nextAllowedAt) {

    /** What the candidate zones were derived from, the most certain first. */
    public enum ZoneSource {
        /** The state of the recipient's address: its zones. */
        STATE,
        /** The recipient's phone number: the zones of its area code. */
        AREA_CODE,
        /** Nothing: every zone of the 50 states and DC. */
        UNKNOWN
    }

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    public LocalTimeVerdict {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(nextAllowedAt, "nextAllowedAt");
        zones = List.copyOf(zones);
        if (zones.isEmpty()) {
            throw new IllegalArgumentException("a verdict is read in at least one zone");
        }
        if (nextAllowedAt.filter(at::isAfter).isPresent()) {
            throw new IllegalArgumentException("the next allowed moment cannot be before " + at);
        }
        if (window.allowsEverywhere(at, zones) != nextAllowedAt.filter(at::equals).isPresent()) {
            throw new IllegalArgumentException("the next allowed moment is " + at + " if and only if it is allowed");
        }
        if (nextAllowedAt.isPresent() && !window.allowsEverywhere(nextAllowedAt.get(), zones)) {
            throw new IllegalArgumentException("the next allowed moment must be allowed in every zone");
        }
    }

    public boolean allowed() {
        return nextAllowedAt.filter(at::equals).isPresent();
    }

    /**
     * The verdict in words, for the record kept of a held message: "07:30 in America/Chicago is outside 08:00–21:00;
     * allowed from 2026-03-02T14:00:00Z".
     */
    public String reason() {
        if (allowed()) {
            return "within " + window + " in " + zones.stream().map(ZoneId::getId).collect(Collectors.joining(", "));
        }
        String outside = zones.stream().filter(zone -> !window.allows(at.atZone(zone)))
                .map(zone -> at.atZone(zone).format(CLOCK) + " in " + zone.getId())
                .collect(Collectors.joining(", "));
        return outside + " is outside " + window + "; " + nextAllowedAt
                .map(next -> "allowed from " + next)
                .orElse("no moment in the next " + QuietHoursRule.HORIZON.toHours() + " hours is allowed in every zone");
    }
}
