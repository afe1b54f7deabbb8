package org.realtycrm.task.ui;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.realtycrm.task.entity.Appointment;
import org.realtycrm.task.entity.CalendarEntry;
import org.realtycrm.task.entity.Task;

/**
 * A task or an appointment as a short list shows it (the dashboard's "Today", the lead page's "Tasks"): when, what,
 * and the lead it is about, with the id and version a "Done" button needs.
 *
 * @param when     its time as the list needs it: the time of day for today, the day and time otherwise
 * @param kind     a task's kind in words; empty for an appointment
 * @param leadId   {@code null} when it is about no lead, or the list is the lead's own
 */
public record AgendaLine(CalendarEntry.Type type, long id, long version, String when, String title, String kind,
        String location, Long leadId, String leadName) implements Serializable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEE, MMM d, h:mm a",
            Locale.US);

    static AgendaLine of(CalendarEntry entry, String when) {
        return new AgendaLine(entry.type(), entry.id(), entry.version(), when, entry.title(),
                TaskWords.kind(entry.kind()), entry.location(), entry.leadId(), entry.leadName());
    }

    /** A task on its lead's page: the lead goes without saying. */
    static AgendaLine of(Task task, String when) {
        return new AgendaLine(CalendarEntry.Type.TASK, task.getId(), task.getVersion(), when, task.getTitle(),
                TaskWords.kind(task.getKind()), null, null, null);
    }

    /** An appointment on its lead's page. */
    static AgendaLine of(Appointment appointment, String when) {
        return new AgendaLine(CalendarEntry.Type.APPOINTMENT, appointment.getId(), appointment.getVersion(), when,
                appointment.getTitle(), "", appointment.getLocation(), null, null);
    }

    /** "9:30 AM" on the brokerage's clock. */
    static String timeOfDay(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    /** "Tue, Mar 3, 9:30 AM" on the brokerage's clock. */
    static String dayAndTime(Instant instant, ZoneId zone) {
        return DAY_AND_TIME.format(instant.atZone(zone));
    }

    public boolean isTask() {
        return type == CalendarEntry.Type.TASK;
    }
}
