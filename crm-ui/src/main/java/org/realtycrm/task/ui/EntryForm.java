package org.realtycrm.task.ui;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.realtycrm.lead.entity.Lead;
import org.realtycrm.property.ui.Choice;
import org.realtycrm.task.entity.Appointment;
import org.realtycrm.task.entity.AppointmentDraft;
import org.realtycrm.task.entity.CalendarEntry;
import org.realtycrm.task.entity.Recurrence;
import org.realtycrm.task.entity.Task;
import org.realtycrm.task.entity.TaskDraft;
import org.realtycrm.task.entity.TaskKind;

/**
 * The calendar's entry dialog: a new task or appointment, or one opened from the calendar. It holds times as the
 * dialog shows them, on the brokerage's clock, and turns them into instants only in the draft it hands the boundary.
 * An opened entry is sent back whole (a draft replaces everything), so what the dialog does not show, its assignee,
 * stays as it was.
 */
public class EntryForm implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A click on a day of the month view carries no time: a new entry starts at the start of a working day. */
    static final LocalTime WORKDAY_START = LocalTime.of(9, 0);
    static final Duration APPOINTMENT_LENGTH = Duration.ofHours(1);

    private CalendarEntry.Type type = CalendarEntry.Type.TASK;
    private Long id;
    private long version;
    private TaskKind kind = TaskKind.CALL;
    private String title;
    private String details;
    private String location;
    private Choice lead;
    private Long assigneeId;
    private LocalDateTime start;
    private LocalDateTime end;
    private Integer remindMinutesBefore;
    private Recurrence recurrence = Recurrence.NONE;
    private boolean done;

    /**
     * A new entry at the time clicked in the calendar (a task at first; the dialog switches it to an appointment).
     *
     * @param assigneeId whose calendar the admin is looking at; {@code null} for the caller's own
     */
    static EntryForm newAt(LocalDateTime clicked, Long assigneeId) {
        EntryForm form = new EntryForm();
        form.start = clicked.toLocalTime().equals(LocalTime.MIDNIGHT) ? clicked.with(WORKDAY_START) : clicked;
        form.end = form.start.plus(APPOINTMENT_LENGTH);
        form.assigneeId = assigneeId;
        return form;
    }

    /** A new entry at the next full hour on the brokerage's clock: the "Add" button's, which no click placed. */
    static EntryForm newNext(Instant now, ZoneId zone, Long assigneeId) {
        return newAt(LocalDateTime.ofInstant(now, zone).truncatedTo(ChronoUnit.HOURS).plusHours(1), assigneeId);
    }

    static EntryForm of(Task task, ZoneId zone) {
        EntryForm form = opened(CalendarEntry.Type.TASK, task.getId(), task.getVersion(), task.getLead(),
                task.getAssignee().getId());
        form.kind = task.getKind();
        form.title = task.getTitle();
        form.details = task.getDetails();
        form.start = LocalDateTime.ofInstant(task.getDueAt(), zone);
        form.end = form.start.plus(CalendarEntry.TASK_LENGTH);
        form.remindMinutesBefore = task.getRemindMinutesBefore();
        form.recurrence = task.getRecurrence() == null ? Recurrence.NONE : task.getRecurrence();
        form.done = !task.isOpen();
        return form;
    }

    static EntryForm of(Appointment appointment, ZoneId zone) {
        EntryForm form = opened(CalendarEntry.Type.APPOINTMENT, appointment.getId(), appointment.getVersion(),
                appointment.getLead(), appointment.getAssignee().getId());
        form.title = appointment.getTitle();
        form.location = appointment.getLocation();
        form.details = appointment.getDetails();
        form.start = LocalDateTime.ofInstant(appointment.getStartsAt(), zone);
        form.end = LocalDateTime.ofInstant(appointment.getEndsAt(), zone);
        form.remindMinutesBefore = appointment.getRemindMinutesBefore();
        return form;
    }

    /** The boundaries read an entry with its lead and assignee, so their names are there after its transaction. */
    private static EntryForm opened(CalendarEntry.Type type, long id, long version, Lead lead, long assigneeId) {
        EntryForm form = new EntryForm();
        form.type = type;
        form.id = id;
        form.version = version;
        form.lead = lead == null ? null : new Choice(lead.getId(), lead.fullName());
        form.assigneeId = assigneeId;
        return form;
    }

    TaskDraft taskDraft(ZoneId zone) {
        return new TaskDraft(kind, title, details, leadId(), assigneeId, instant(start, zone), remindMinutesBefore,
                recurrence);
    }

    AppointmentDraft appointmentDraft(ZoneId zone) {
        return new AppointmentDraft(title, location, details, leadId(), assigneeId, instant(start, zone),
                instant(end, zone), remindMinutesBefore);
    }

    private Long leadId() {
        return lead == null ? null : lead.getId();
    }

    private static Instant instant(LocalDateTime local, ZoneId zone) {
        return local == null ? null : local.atZone(zone).toInstant();
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isTask() {
        return type == CalendarEntry.Type.TASK;
    }

    public String getHeading() {
        String what = isTask() ? "task" : "appointment";
        if (isNew()) {
            return "New " + what;
        }
        return (isTask() ? "Task" : "Appointment") + (done ? " (done)" : "");
    }

    public CalendarEntry.Type getType() {
        return type;
    }

    /** Only a new entry changes what it is; an appointment made of a task keeps an end after its start. */
    public void setType(CalendarEntry.Type type) {
        if (!isNew() || type == null) {
            return;
        }
        this.type = type;
        if (start != null && (end == null || !end.isAfter(start))) {
            end = start.plus(APPOINTMENT_LENGTH);
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public TaskKind getKind() {
        return kind;
    }

    public void setKind(TaskKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public Choice getLead() {
        return lead;
    }

    public void setLead(Choice lead) {
        this.lead = lead;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(Long assigneeId) {
        this.assigneeId = assigneeId;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public void setEnd(LocalDateTime end) {
        this.end = end;
    }

    public Integer getRemindMinutesBefore() {
        return remindMinutesBefore;
    }

    public void setRemindMinutesBefore(Integer remindMinutesBefore) {
        this.remindMinutesBefore = remindMinutesBefore;
    }

    public Recurrence getRecurrence() {
        return recurrence;
    }

    public void setRecurrence(Recurrence recurrence) {
        this.recurrence = recurrence;
    }

    public boolean isDone() {
        return done;
    }
}
