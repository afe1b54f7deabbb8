package org.realtycrm.campaign.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.realtycrm.campaign.entity.LocalTimeVerdict.ZoneSource;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * The quiet-hours rule of the compliance gate for texts and calls (US TCPA): no solicitation outside a window of the
 * recipient's local time, 8 am to 9 pm federally, narrower in the states configured so. A pure decision: it is given
 * the moment and what is known of where the recipient is, and reads no clock and no data.
 *
 * <p>Where the recipient is decides in which zones the moment is read: the zones of their address's state when known,
 * else those of their phone number, else every zone of the 50 states and DC. When they are several (a state or area
 * code spanning zones, or nothing known) the rule is conservative: a moment is allowed only if it is allowed in every
 * one of them. For the same reason a recipient whose state is unknown gets the narrowest of the state windows: they
 * may live in the state that set it.
 */
public final class QuietHoursRule {

    /** How far ahead the next allowed moment is looked for: any window recurs daily, so two days find one if any. */
    public static final Duration HORIZON = Duration.ofHours(48);

    private final QuietHours everywhere;
    private final Map<String, QuietHours> byState;
    private final QuietHours stateUnknown;

    /**
     * @param everywhere the window in every state, {@link QuietHours#FEDERAL} or a business's narrower policy
     * @param byState stricter windows by state postal code (FL: 08:00–20:00), narrowed to {@code everywhere}
     * @throws InvalidInputException on {@code states.XX} for a code that is no state or a window that does not overlap
     *         {@code everywhere}, on {@code states} when the windows leave no time allowed in all states together
     */
    public QuietHoursRule(QuietHours everywhere, Map<String, QuietHours> byState) {
        this.everywhere = Objects.requireNonNull(everywhere, "everywhere");
        Map<String, QuietHours> windows = new TreeMap<>();
        List<FieldError> errors = new ArrayList<>();
        byState.forEach((code, window) -> {
            String field = "states." + code;
            if (!UsStateTimeZones.isState(code)) {
                errors.add(new FieldError(field, "is not the postal code of a US state, DC or territory"));
            } else if (window == null) {
                errors.add(new FieldError(field, "must be a window such as 08:00-20:00"));
            } else if (windows.containsKey(code.strip().toUpperCase(Locale.ROOT))) {
                errors.add(new FieldError(field, "is given twice"));
            } else {
                window.overlap(everywhere).ifPresentOrElse(
                        narrowed -> windows.put(code.strip().toUpperCase(Locale.ROOT), narrowed),
                        () -> errors.add(new FieldError(field, "does not overlap " + everywhere)));
            }
        });
        Optional<QuietHours> narrowest = Optional.of(everywhere);
        for (QuietHours window : windows.values()) {
            narrowest = narrowest.flatMap(window::overlap);
        }
        if (errors.isEmpty() && narrowest.isEmpty()) {
            errors.add(new FieldError("states", "leave no time of day allowed in every state at once, which is what "
                    + "a recipient whose state is unknown gets"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.byState = Collections.unmodifiableMap(windows);
        this.stateUnknown = narrowest.orElseThrow();
    }

    /** 8 am to 9 pm everywhere, no state stricter. */
    public static QuietHoursRule federal() {
        return new QuietHoursRule(QuietHours.FEDERAL, Map.of());
    }

    /** The window a recipient gets in a state; for a code that is no state (or {@code null}), the narrowest of all. */
    public QuietHours windowIn(String state) {
        if (state == null || !UsStateTimeZones.isState(state)) {
            return stateUnknown;
        }
        return byState.getOrDefault(state.strip().toUpperCase(Locale.ROOT), everywhere);
    }

    public LocalTimeVerdict decide(RecipientLocation recipient, Instant now) {
        Objects.requireNonNull(now, "now");
        Optional<List<ZoneId>> stateZones = UsStateTimeZones.zonesOf(recipient.state());
        if (stateZones.isPresent()) {
            return verdict(now, windowIn(recipient.state()), stateZones.get(), ZoneSource.STATE);
        }
        if (!recipient.numberZones().isEmpty()) {
            return verdict(now, stateUnknown, recipient.numberZones(), ZoneSource.AREA_CODE);
        }
        return verdict(now, stateUnknown, UsStateTimeZones.zonesOfAllStates(), ZoneSource.UNKNOWN);
    }

    private static LocalTimeVerdict verdict(Instant now, QuietHours window, List<ZoneId> zones, ZoneSource source) {
        return new LocalTimeVerdict(now, window, zones, source, firstAllowed(window, zones, now));
    }

    /**
     * The earliest moment from {@code from} to {@link #HORIZON} later that the window allows in every zone. In each
     * zone the allowed moments are spans that begin either when the local clock reaches the window's start or when
     * it jumps into the window (a daylight-saving change); the first moment allowed everywhere is where the last of
     * them begins, so it is {@code from} or one of those beginnings, and only they are tried, in order.
     */
    static Optional<Instant> firstAllowed(QuietHours window, List<ZoneId> zones, Instant from) {
        Instant until = from.plus(HORIZON);
        TreeSet<Instant> candidates = new TreeSet<>();
        candidates.add(from);
        for (ZoneId zone : zones) {
            LocalDate today = from.atZone(zone).toLocalDate();
            for (int day = -1; day <= HORIZON.toDays() + 1; day++) {
                // a start in a gap is moved forward by the gap: to the moment the clock jumps past it
                candidates.add(ZonedDateTime.of(today.plusDays(day), window.start(), zone).toInstant());
            }
            for (ZoneOffsetTransition change = zone.getRules().nextTransition(from);
                    change != null && !change.getInstant().isAfter(until);
                    change = zone.getRules().nextTransition(change.getInstant())) {
                candidates.add(change.getInstant());
            }
        }
        return candidates.subSet(from, true, until, true).stream()
                .filter(candidate -> window.allowsEverywhere(candidate, zones)).findFirst();
    }

    @Override
    public String toString() {
        return "QuietHoursRule[" + everywhere + (byState.isEmpty() ? "" : ", " + byState) + "]";
    }
}
