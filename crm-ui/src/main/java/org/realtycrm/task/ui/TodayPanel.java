package org.realtycrm.task.ui;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.platform.ui.Messages;
import org.realtycrm.task.boundary.Calendars;
import org.realtycrm.task.boundary.Tasks;
import org.realtycrm.task.entity.CalendarEntry;

/**
 * The dashboard's "Today" (the caller's own, an admin's too): the open tasks overdue, oldest first, with how many
 * there are when more than the panel lists; the tasks due today; today's appointments. A task is ticked off here
 * with "Done"; the rest is on the calendar.
 */
@Named
@ViewScoped
public class TodayPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Calendars calendars;

    @Inject
    Tasks tasks;

    private List<AgendaLine> overdue = List.of();
    private long overdueTotal;
    private List<AgendaLine> dueToday = List.of();
    private List<AgendaLine> appointments = List.of();

    @PostConstruct
    void read() {
        Calendars.Day day = calendars.today();
        ZoneId zone = day.zone();
        overdue = day.overdue().stream()
                .map(entry -> AgendaLine.of(entry, AgendaLine.dayAndTime(entry.start(), zone))).toList();
        overdueTotal = day.overdueTotal();
        dueToday = today(day.dueToday(), zone);
        appointments = today(day.appointments(), zone);
    }

    private static List<AgendaLine> today(List<CalendarEntry> entries, ZoneId zone) {
        return entries.stream().map(entry -> AgendaLine.of(entry, AgendaLine.timeOfDay(entry.start(), zone)))
                .toList();
    }

    public void done(AgendaLine task) {
        try {
            Tasks.Completion completion = tasks.complete(task.id(), task.version());
            Messages.info("Done: " + task.title() + "."
                    + completion.next().map(next -> " It comes back on the calendar.").orElse(""));
        } catch (RuntimeException refused) {
            // done or changed elsewhere meanwhile: the panel shows it as it is now
            EntryErrors.report(refused, null);
        }
        read();
    }

    public List<AgendaLine> getOverdue() {
        return overdue;
    }

    /** How many overdue tasks the panel does not list. */
    public long getOverdueNotShown() {
        return Math.max(0, overdueTotal - overdue.size());
    }

    public long getOverdueTotal() {
        return overdueTotal;
    }

    public List<AgendaLine> getDueToday() {
        return dueToday;
    }

    public List<AgendaLine> getAppointments() {
        return appointments;
    }

    public boolean isNothingToday() {
        return overdue.isEmpty() && dueToday.isEmpty() && appointments.isEmpty();
    }
}
