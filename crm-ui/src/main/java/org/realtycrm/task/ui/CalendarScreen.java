package org.realtycrm.task.ui;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.event.schedule.ScheduleEntryResizeEvent;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.lead.boundary.Leads;
import org.realtycrm.lead.ui.Brokerage;
import org.realtycrm.platform.ui.Messages;
import org.realtycrm.property.ui.Choice;
import org.realtycrm.task.boundary.Appointments;
import org.realtycrm.task.boundary.Calendars;
import org.realtycrm.task.boundary.Tasks;
import org.realtycrm.task.entity.Appointment;
import org.realtycrm.task.entity.CalendarEntry;
import org.realtycrm.task.entity.Recurrence;
import org.realtycrm.task.entity.Task;
import org.realtycrm.task.entity.TaskKind;

/**
 * The calendar (calendar.xhtml): the caller's tasks and appointments (an admin's: everyone's, or one person's) in a
 * month, week, day or list, on the brokerage's clock. A click on free time opens a new entry there, a click on an
 * entry opens it; an entry dragged elsewhere moves there, an appointment stretched gets the new length. Every change
 * goes to the task boundaries with the version the calendar showed; whatever happens, the calendar then reads its
 * entries again, so a refused move goes back where it was.
 */
@Named
@ViewScoped
public class CalendarScreen implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The entry dialog's form, whose inputs carry the ids {@link EntryErrors} names. */
    static final String FORM = "entry";
    /** The messages above the calendar: what a move did, and what a closed dialog did. */
    static final String PAGE_MESSAGES = "calendarForm:messages";
    /** After a change: the dialog closes, and the schedule (widget "calendar") reads its entries again. */
    private static final String CLOSE_AND_REFRESH = "PF('entryDialog').hide(); PF('calendar').update();";
    private static final String REFRESH = "PF('calendar').update();";

    @Inject
    Calendars calendars;

    @Inject
    Tasks tasks;

    @Inject
    Appointments appointments;

    @Inject
    Leads leads;

    @Inject
    Brokerage brokerage;

    private ZoneId zone;
    private boolean admin;
    private CalendarEntries model;
    private List<Assignee> assignees = List.of();
    /** Whose calendar an admin looks at; {@code null} for everyone's (an agent's: always their own). */
    private Long agentId;
    private EntryForm form = new EntryForm();

    @PostConstruct
    void init() {
        zone = ZoneId.of(brokerage.getZoneId());
        admin = FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.ADMIN_NAME);
        model = new CalendarEntries(this::between, zone);
        if (admin) {
            assignees = Assignee.active(leads);
            model.showEveryone(true);
        }
    }

    /** What the schedule shows: the entries of the calendar chosen. */
    List<CalendarEntry> between(Instant from, Instant to) {
        return calendars.between(from, to, agentId);
    }

    /** The admin chose another calendar: the page's script has the schedule read its entries again. */
    public void agentChosen() {
        model.showEveryone(admin && agentId == null);
    }

    /** A click on free time (a slot, or a day of the month view). */
    public void dateSelected(SelectEvent<LocalDateTime> event) {
        form = EntryForm.newAt(event.getObject(), agentId);
    }

    /** The "Add" button: the next full hour (the list view on a phone has no free time to click). */
    public void startNew() {
        form = EntryForm.newNext(Instant.now(), zone, agentId);
    }

    /** A click on an entry: it opens as stored now, unless it changed since the calendar showed it. */
    public void entrySelected(SelectEvent<ScheduleEvent<EntryRef>> event) {
        if (event.getObject() == null) {
            // the calendar read its entries again between the drawing and the click: draw them again
            FacesContext.getCurrentInstance().validationFailed();
            PrimeFaces.current().executeScript(REFRESH);
            return;
        }
        EntryRef shown = event.getObject().getData();
        try {
            EntryForm opened = shown.isTask() ? EntryForm.of(tasks.find(shown.id()), zone)
                    : EntryForm.of(appointments.find(shown.id()), zone);
            if (opened.getVersion() != shown.version()) {
                // what was clicked is not what is stored: show what is, rather than a dialog that would not save
                Messages.warn(EntryErrors.STALE);
                FacesContext.getCurrentInstance().validationFailed();
                PrimeFaces.current().executeScript(REFRESH);
                return;
            }
            form = opened;
        } catch (RuntimeException refused) {
            // deleted or handed to someone else meanwhile
            EntryErrors.report(refused, null);
            PrimeFaces.current().executeScript(REFRESH);
        }
    }

    /** A drag: the same entry at other times, as the schedule moved it on the brokerage's clock. */
    public void entryMoved(ScheduleEntryMoveEvent event) {
        ScheduleEvent<?> moved = event.getScheduleEvent();
        EntryRef entry = (EntryRef) moved.getData();
        try {
            if (entry.isTask()) {
                Task task = tasks.move(entry.id(), entry.version(), instant(moved.getStartDate()));
                Messages.info("Moved “" + task.getTitle() + "” to " + brokerage.format(task.getDueAt()) + ".");
            } else {
                Appointment appointment = appointments.reschedule(entry.id(), entry.version(),
                        instant(moved.getStartDate()), instant(moved.getEndDate()));
                Messages.info("Moved “" + appointment.getTitle() + "” to "
                        + brokerage.format(appointment.getStartsAt()) + ".");
            }
        } catch (RuntimeException refused) {
            EntryErrors.report(refused, null);
        }
    }

    /** An appointment stretched or shortened (a task has no length of its own). */
    public void entryResized(ScheduleEntryResizeEvent event) {
        ScheduleEvent<?> resized = event.getScheduleEvent();
        EntryRef entry = (EntryRef) resized.getData();
        try {
            Appointment appointment = appointments.reschedule(entry.id(), entry.version(),
                    instant(resized.getStartDate()), instant(resized.getEndDate()));
            Messages.info("“" + appointment.getTitle() + "” now ends at "
                    + brokerage.format(appointment.getEndsAt()) + ".");
        } catch (RuntimeException refused) {
            EntryErrors.report(refused, null);
        }
    }

    public void save() {
        try {
            if (form.isTask()) {
                Task task = form.isNew() ? tasks.create(form.taskDraft(zone))
                        : tasks.change(form.getId(), form.getVersion(), form.taskDraft(zone));
                finished((form.isNew() ? "Task set: " : "Saved: ") + task.getTitle() + ", due "
                        + brokerage.format(task.getDueAt()) + ".");
            } else {
                Appointment appointment = form.isNew() ? appointments.create(form.appointmentDraft(zone))
                        : appointments.change(form.getId(), form.getVersion(), form.appointmentDraft(zone));
                finished((form.isNew() ? "Appointment booked: " : "Saved: ") + appointment.getTitle() + ", "
                        + brokerage.format(appointment.getStartsAt()) + ".");
            }
        } catch (RuntimeException refused) {
            EntryErrors.report(refused, FORM);
        }
    }

    /** Ticks the task off; a recurring one comes back at its next time, which the message names. */
    public void complete() {
        try {
            Tasks.Completion completion = tasks.complete(form.getId(), form.getVersion());
            finished("Done: " + completion.done().getTitle() + "."
                    + completion.next().map(next -> " Next due " + brokerage.format(next.getDueAt()) + ".")
                    .orElse(""));
        } catch (RuntimeException refused) {
            EntryErrors.report(refused, FORM);
        }
    }

    /** Ticked by mistake: open again. */
    public void reopen() {
        try {
            Task task = tasks.reopen(form.getId(), form.getVersion());
            finished("Open again: " + task.getTitle() + ".");
        } catch (RuntimeException refused) {
            EntryErrors.report(refused, FORM);
        }
    }

    public void delete() {
        try {
            if (form.isTask()) {
                tasks.delete(form.getId());
                finished("Task deleted: " + form.getTitle() + ".");
            } else {
                appointments.delete(form.getId());
                finished("Appointment cancelled: " + form.getTitle() + ".");
            }
        } catch (RuntimeException refused) {
            EntryErrors.report(refused, FORM);
        }
    }

    /** Done with the dialog: it closes, the message shows above the calendar, which reads its entries again. */
    private void finished(String notice) {
        Messages.info(notice);
        PrimeFaces.current().ajax().update(PAGE_MESSAGES);
        PrimeFaces.current().executeScript(CLOSE_AND_REFRESH);
    }

    public List<Choice> completeLead(String text) {
        return LeadSuggestions.matching(leads, text);
    }

    private Instant instant(LocalDateTime local) {
        return local.atZone(zone).toInstant();
    }

    public ScheduleModel getModel() {
        return model;
    }

    /** The schedule's zone, on the server (its {@code timeZone}) and in the browser (its {@code clientTimeZone}). */
    public String getZoneId() {
        return zone.getId();
    }

    public List<Assignee> getAssignees() {
        return assignees;
    }

    public Long getAgentId() {
        return agentId;
    }

    public void setAgentId(Long agentId) {
        this.agentId = agentId;
    }

    public EntryForm getForm() {
        return form;
    }

    public CalendarEntry.Type[] getTypes() {
        return CalendarEntry.Type.values();
    }

    public TaskKind[] getKinds() {
        return TaskKind.values();
    }

    public Recurrence[] getRecurrences() {
        return Recurrence.values();
    }

    public List<ReminderChoice> getReminders() {
        return ReminderChoice.around(form.getRemindMinutesBefore());
    }

    public String kindWords(TaskKind kind) {
        return TaskWords.kind(kind);
    }

    public String recurrenceWords(Recurrence recurrence) {
        return TaskWords.recurrence(recurrence);
    }
}
