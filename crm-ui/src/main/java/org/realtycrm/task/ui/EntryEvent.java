package org.realtycrm.task.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.ScheduleEvent;
import org.realtycrm.task.entity.CalendarEntry;

/**
 * A calendar entry as the schedule (FullCalendar) draws it: at its wall-clock times in the brokerage's zone, the
 * schedule's own zone too, and styled by what it is (calendar.css): a task or an appointment, a task's kind, a task
 * done (struck through) or overdue. A done task stays where it was done: it cannot be dragged; only an appointment
 * has a length to stretch.
 */
final class EntryEvent {

    static final String ENTRY = "crm-entry";
    static final String TASK = "crm-entry-task";
    static final String APPOINTMENT = "crm-entry-appointment";
    static final String DONE = "crm-entry-done";
    static final String OVERDUE = "crm-entry-overdue";

    private EntryEvent() {
    }

    /**
     * @param everyone whether the calendar shows several people's entries (an admin's "everyone"): each title then
     *                 names whose it is
     * @param now      what is overdue is told by it
     */
    static ScheduleEvent<EntryRef> of(CalendarEntry entry, ZoneId zone, boolean everyone, Instant now) {
        boolean task = entry.type() == CalendarEntry.Type.TASK;
        return DefaultScheduleEvent.<EntryRef>builder()
                .id(id(entry))
                .title(title(entry, everyone))
                .startDate(LocalDateTime.ofInstant(entry.start(), zone))
                .endDate(LocalDateTime.ofInstant(entry.end(), zone))
                .styleClass(styleClass(entry, now))
                .description(description(entry))
                .draggable(!entry.done())
                .resizable(!task)
                .data(EntryRef.of(entry))
                .build();
    }

    /** Unique in a calendar: a task and an appointment may have the same id. */
    static String id(CalendarEntry entry) {
        return entry.type().name().toLowerCase(Locale.ROOT) + "-" + entry.id();
    }

    /** "Call: Ask about financing", "Listing appointment", with " · Dana Agent" on a calendar of several people. */
    static String title(CalendarEntry entry, boolean everyone) {
        String title = entry.type() == CalendarEntry.Type.TASK && entry.kind() != null
                ? TaskWords.kind(entry.kind()) + ": " + entry.title() : entry.title();
        return everyone && entry.assigneeName() != null ? title + " · " + entry.assigneeName() : title;
    }

    static String styleClass(CalendarEntry entry, Instant now) {
        List<String> classes = new ArrayList<>(List.of(ENTRY));
        if (entry.type() == CalendarEntry.Type.TASK) {
            classes.add(TASK);
            if (entry.kind() != null) {
                classes.add(TASK + "-" + entry.kind().name().toLowerCase(Locale.ROOT));
            }
            if (entry.done()) {
                classes.add(DONE);
            } else if (entry.start().isBefore(now)) {
                classes.add(OVERDUE);
            }
        } else {
            classes.add(APPOINTMENT);
        }
        return String.join(" ", classes);
    }

    /** The hover text (the schedule escapes it): where, with whom, and the details. */
    static String description(CalendarEntry entry) {
        List<String> lines = new ArrayList<>();
        if (entry.location() != null) {
            lines.add("At " + entry.location());
        }
        if (entry.leadName() != null) {
            lines.add("Lead: " + entry.leadName());
        }
        if (entry.done()) {
            lines.add("Done");
        }
        if (entry.details() != null) {
            lines.add(entry.details());
        }
        return lines.isEmpty() ? null : String.join(" · ", lines);
    }
}
