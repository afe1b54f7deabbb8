package org.realtycrm.task.entity;

import java.time.Duration;
import java.time.Instant;

import org.realtycrm.lead.entity.Lead;

/**
 * One thing in a calendar, a task or an appointment, as calendars show it. A task shows as a short event at its
 * due time ({@link #TASK_LENGTH}), as Google Calendar and Outlook show a reminder.
 *
 * @param version the record's version, to move it with
 * @param kind    the task's kind; {@code null} for an appointment
 */
public record CalendarEntry(Type type, long id, long version, String title, Instant start, Instant end,
                            TaskKind kind, String location, String details, Long leadId, String leadName,
                            long assigneeId, String assigneeName, boolean done) {

    /** How long a task looks in a calendar. */
    public static final Duration TASK_LENGTH = Duration.ofMinutes(30);

    public enum Type {
        TASK, APPOINTMENT
    }

    public static CalendarEntry of(Task task) {
        Lead lead = task.getLead();
        return new CalendarEntry(Type.TASK, task.getId(), task.getVersion(), task.getTitle(), task.getDueAt(),
                task.getDueAt().plus(TASK_LENGTH), task.getKind(), null, task.getDetails(),
                lead == null ? null : lead.getId(), lead == null ? null : lead.fullName(),
                task.getAssignee().getId(), task.getAssignee().getName(), !task.isOpen());
    }

    public static CalendarEntry of(Appointment appointment) {
        Lead lead = appointment.getLead();
        return new CalendarEntry(Type.APPOINTMENT, appointment.getId(), appointment.getVersion(),
                appointment.getTitle(), appointment.getStartsAt(), appointment.getEndsAt(), null,
                appointment.getLocation(), appointment.getDetails(), lead == null ? null : lead.getId(),
                lead == null ? null : lead.fullName(), appointment.getAssignee().getId(),
                appointment.getAssignee().getName(), false);
    }
}
