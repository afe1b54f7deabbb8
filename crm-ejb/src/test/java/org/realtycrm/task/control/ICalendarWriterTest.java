package org.realtycrm.task.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.realtycrm.task.entity.CalendarEntry;
import org.realtycrm.task.entity.TaskKind;

class ICalendarWriterTest {

    private static final Instant START = Instant.parse("2026-12-09T16:00:00Z");
    private static final Instant STAMP = Instant.parse("2026-12-06T12:00:00Z");

    private static CalendarEntry meeting() {
        return new CalendarEntry(CalendarEntry.Type.APPOINTMENT, 12, 0, "Listing appointment; bring comps, CMA",
                START, START.plusSeconds(3600), null, "12 Oak St, Austin, TX", "Gate code 4411", 42L, "Otto Reyes",
                7, "Ana Agent", false);
    }

    private static CalendarEntry doneCall() {
        return new CalendarEntry(CalendarEntry.Type.TASK, 5, 3, "Call back", START, START.plus(CalendarEntry.TASK_LENGTH),
                TaskKind.CALL, null, null, null, null, 7, "Ana Agent", true);
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).orElseThrow().getValue();
    }

    @Test
    void writesACalendarThatReadsBackWithEachEntryAsAnEventInUtc() throws Exception {
        String text = new ICalendarWriter().write("Realty CRM: Ana Agent", List.of(meeting(), doneCall()), STAMP,
                "https://crm.example.com/app/");

        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").contains("\r\nVERSION:2.0\r\n", "\r\nMETHOD:PUBLISH\r\n",
                "\r\nX-WR-CALNAME:Realty CRM: Ana Agent\r\n", "\r\nDTSTART:20261209T160000Z\r\n",
                "\r\nDTEND:20261209T170000Z\r\n", "\r\nDTSTAMP:20261206T120000Z\r\n");
        Calendar calendar = parse(text);
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        VEvent appointment = events.get(0);
        assertThat(value(appointment, Property.UID)).isEqualTo("appointment-12@realtycrm");
        assertThat(value(appointment, Property.SUMMARY)).as("escaped on the way out, read back whole")
                .isEqualTo("Listing appointment; bring comps, CMA");
        assertThat(value(appointment, Property.LOCATION)).isEqualTo("12 Oak St, Austin, TX");
        assertThat(value(appointment, Property.DESCRIPTION)).isEqualTo("Lead: Otto Reyes\n\nGate code 4411");
        assertThat(value(appointment, Property.URL)).isEqualTo("https://crm.example.com/app/lead.xhtml?id=42");
        VEvent task = events.get(1);
        assertThat(value(task, Property.UID)).isEqualTo("task-5@realtycrm");
        assertThat(value(task, Property.SUMMARY)).isEqualTo("Done: Call: Call back");
        assertThat(task.getProperty(Property.URL)).isEmpty();
    }

    @Test
    void foldsLongLinesAsRfc5545AsksAt75Octets() {
        CalendarEntry longOne = new CalendarEntry(CalendarEntry.Type.APPOINTMENT, 1, 0, "x".repeat(180), START,
                START.plusSeconds(60), null, null, null, null, null, 7, "Ana Agent", false);

        String text = new ICalendarWriter().write("Feed", List.of(longOne), STAMP, "https://crm.example.com/app/");

        assertThat(text.split("\r\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(75));
    }

    @Test
    void anEmptyCalendarIsStillACalendar() throws Exception {
        String text = new ICalendarWriter().write("Feed", List.of(), STAMP, "https://crm.example.com/app/");

        assertThat(parse(text).getComponents("VEVENT")).isEmpty();
    }
}
