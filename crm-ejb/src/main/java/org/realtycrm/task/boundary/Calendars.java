package org.realtycrm.task.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.problem.AccessDeniedException;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.task.entity.AppointmentRepository;
import org.realtycrm.task.entity.CalendarEntry;
import org.realtycrm.task.entity.CalendarVisibility;
import org.realtycrm.task.entity.TaskQuery;
import org.realtycrm.task.entity.TaskRepository;

/**
 * Calendars: the tasks and appointments of a span of time, and the agent's day (what is overdue, what is due
 * today, whom they meet today), in the brokerage's zone.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.AGENT_NAME})
public class Calendars {

    /** The longest span one calendar read covers: a month view shows six weeks. */
    public static final Duration MAX_SPAN = Duration.ofDays(62);
    /** The most overdue tasks the day lists: past that, the task list pages through them. */
    public static final int MAX_OVERDUE = 50;

    /**
     * The agent's day.
     *
     * @param overdueTotal how many open tasks are overdue, of which {@code overdue} holds the oldest
     */
    public record Day(LocalDate date, ZoneId zone, List<CalendarEntry> overdue, long overdueTotal,
                      List<CalendarEntry> dueToday, List<CalendarEntry> appointments) {
    }

    @Inject
    TaskRepository tasks;

    @Inject
    AppointmentRepository appointments;

    @Inject
    CurrentUser caller;

    @Inject
    @ConfigProperty(name = "crm.brokerage.time-zone")
    ZoneId zone;

    Clock clock = Clock.systemUTC();

    /**
     * Tasks due and appointments held in [from, to), by start.
     *
     * @param assigneeId whose calendar; {@code null} for every calendar the caller may see (an agent's own)
     */
    public List<CalendarEntry> between(Instant from, Instant to, Long assigneeId) {
        if (from == null || to == null) {
            throw new InvalidInputException(from == null ? "from" : "to", "must be given");
        }
        if (!to.isAfter(from)) {
            throw new InvalidInputException("to", "must be after from");
        }
        if (Duration.between(from, to).compareTo(MAX_SPAN) > 0) {
            throw new InvalidInputException("to", "at most " + MAX_SPAN.toDays() + " days after from");
        }
        CalendarVisibility visibility = caller.calendarVisibility();
        if (!visibility.allowsCalendarOf(assigneeId == null ? caller.id() : assigneeId)) {
            throw new AccessDeniedException("an agent sees their own calendar only");
        }
        List<CalendarEntry> entries = new ArrayList<>();
        tasks.dueBetween(from, to, assigneeId, visibility).forEach(task -> entries.add(CalendarEntry.of(task)));
        appointments.overlapping(from, to, assigneeId, visibility)
                .forEach(appointment -> entries.add(CalendarEntry.of(appointment)));
        entries.sort(Comparator.comparing(CalendarEntry::start).thenComparing(CalendarEntry::type)
                .thenComparingLong(CalendarEntry::id));
        return entries;
    }

    /** The caller's day, in the brokerage's zone. */
    public Day today() {
        Instant now = clock.instant();
        LocalDate date = LocalDate.ofInstant(now, zone);
        Instant start = date.atStartOfDay(zone).toInstant();
        Instant end = date.plusDays(1).atStartOfDay(zone).toInstant();
        long me = caller.id();
        CalendarVisibility own = CalendarVisibility.assignedTo(me);
        var overdue = tasks.search(new TaskQuery(me, null, true, null, start), own,
                PageRequest.of(0, MAX_OVERDUE));
        List<CalendarEntry> dueToday = tasks.search(new TaskQuery(me, null, true, start, end), own,
                PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream().map(CalendarEntry::of).toList();
        List<CalendarEntry> meetings = appointments.overlapping(start, end, me, own).stream()
                .map(CalendarEntry::of).toList();
        return new Day(date, zone, overdue.items().stream().map(CalendarEntry::of).toList(), overdue.total(),
                dueToday, meetings);
    }
}
