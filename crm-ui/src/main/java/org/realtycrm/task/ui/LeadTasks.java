package org.realtycrm.task.ui;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.lead.ui.Brokerage;
import org.realtycrm.lead.ui.LeadView;
import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.ui.Messages;
import org.realtycrm.task.boundary.Appointments;
import org.realtycrm.task.boundary.Tasks;
import org.realtycrm.task.entity.Task;
import org.realtycrm.task.entity.TaskDraft;
import org.realtycrm.task.entity.TaskKind;
import org.realtycrm.task.entity.TaskQuery;

/**
 * The lead page's "Tasks" block: the lead's open tasks and upcoming appointments (those the caller may see: an
 * agent's own, an admin's all), and a task about the lead set in one line (what, title, when) for the caller. The
 * rest (a reminder, a repeat, an appointment) is on the calendar.
 */
@Named
@ViewScoped
public class LeadTasks implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "leadTasks";
    static final int SHOWN = 20;

    @Inject
    Tasks tasks;

    @Inject
    Appointments appointments;

    @Inject
    LeadView lead;

    @Inject
    Brokerage brokerage;

    private List<AgendaLine> openTasks;
    private long openTotal;
    private List<AgendaLine> upcoming;
    private TaskKind kind = TaskKind.CALL;
    private String title;
    private LocalDateTime due;

    public List<AgendaLine> getOpenTasks() {
        if (openTasks == null) {
            ZoneId zone = zone();
            Page<Task> page = tasks.search(new TaskQuery(null, lead.getId(), true, null, null),
                    new PageRequest(0, SHOWN));
            openTasks = page.items().stream()
                    .map(task -> AgendaLine.of(task, AgendaLine.dayAndTime(task.getDueAt(), zone))).toList();
            openTotal = page.total();
        }
        return openTasks;
    }

    /** How many open tasks the block does not list. */
    public long getOpenNotShown() {
        getOpenTasks();
        return Math.max(0, openTotal - openTasks.size());
    }

    public List<AgendaLine> getUpcoming() {
        if (upcoming == null) {
            ZoneId zone = zone();
            upcoming = appointments.upcomingOfLead(lead.getId()).stream()
                    .map(appointment -> AgendaLine.of(appointment,
                            AgendaLine.dayAndTime(appointment.getStartsAt(), zone)))
                    .toList();
        }
        return upcoming;
    }

    public void add() {
        try {
            Task task = tasks.create(new TaskDraft(kind, title, null, lead.getId(), null, brokerage.instant(due),
                    null, null));
            Messages.info("Task set: " + task.getTitle() + ", due " + brokerage.format(task.getDueAt()) + ".");
            title = null;
            due = null;
            openTasks = null;
            // the lead's timeline tells of the task too
            lead.timelineChanged();
        } catch (RuntimeException refused) {
            EntryErrors.report(refused, FORM);
        }
    }

    private ZoneId zone() {
        return ZoneId.of(brokerage.getZoneId());
    }

    public TaskKind[] getKinds() {
        return TaskKind.values();
    }

    public String kindWords(TaskKind taskKind) {
        return TaskWords.kind(taskKind);
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

    public LocalDateTime getDue() {
        return due;
    }

    public void setDue(LocalDateTime due) {
        this.due = due;
    }
}
