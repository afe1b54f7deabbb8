package org.realtycrm.task.ui;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.primefaces.model.LazyScheduleModel;
import org.realtycrm.task.boundary.Calendars;
import org.realtycrm.task.entity.CalendarEntry;

/**
 * The schedule's entries, read for the range it shows each time it shows another (the schedule asks with the range's
 * wall-clock bounds in the brokerage's zone, its {@code timeZone}). Only what is visible is read: a month view asks
 * for six weeks, a list or week view for one.
 */
final class CalendarEntries extends LazyScheduleModel {

    private static final long serialVersionUID = 1L;

    /** Whose entries to read: {@code Calendars.between} for the calendar the screen shows. */
    interface Reader extends Serializable {
        List<CalendarEntry> between(Instant from, Instant to);
    }

    private final Reader reader;
    private final ZoneId zone;
    /** Whether the entries are several people's (an admin's "everyone"): each title then says whose it is. */
    private boolean everyone;

    CalendarEntries(Reader reader, ZoneId zone) {
        this.reader = reader;
        this.zone = zone;
    }

    void showEveryone(boolean several) {
        this.everyone = several;
    }

    @Override
    public void loadEvents(LocalDateTime start, LocalDateTime end) {
        Instant now = Instant.now();
        readAll(reader, start.atZone(zone).toInstant(), end.atZone(zone).toInstant())
                .forEach(entry -> addEvent(EntryEvent.of(entry, zone, everyone, now)));
    }

    /**
     * Every entry of [from, to), read in spans the boundary takes ({@link Calendars#MAX_SPAN}); an appointment that
     * crosses from one span into the next is kept once.
     */
    static List<CalendarEntry> readAll(Reader reader, Instant from, Instant to) {
        Map<String, CalendarEntry> byEvent = new LinkedHashMap<>();
        for (Instant spanStart = from; spanStart.isBefore(to); ) {
            Instant spanEnd = spanStart.plus(Calendars.MAX_SPAN);
            if (spanEnd.isAfter(to)) {
                spanEnd = to;
            }
            reader.between(spanStart, spanEnd).forEach(entry -> byEvent.putIfAbsent(EntryEvent.id(entry), entry));
            spanStart = spanEnd;
        }
        return List.copyOf(byEvent.values());
    }
}
