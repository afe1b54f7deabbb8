package org.realtycrm.task.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.primefaces.model.ScheduleEvent;
import org.realtycrm.task.entity.CalendarEntry;
import org.realtycrm.task.entity.TaskKind;

class EntryEventTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant NOW = Instant.parse("2026-03-10T15:00:00Z");

    static CalendarEntry task(long id, Instant due, boolean done) {
        return new CalendarEntry(CalendarEntry.Type.TASK, id, 3, "Ask about financing", due,
                due.plus(CalendarEntry.TASK_LENGTH), TaskKind.CALL, null, "Lender: First Bank", 7L, "Tessa Lead", 5,
                "Dana Agent", done);
    }

    static CalendarEntry appointment(long id, Instant start, Instant end) {
        return new CalendarEntry(CalendarEntry.Type.APPOINTMENT, id, 1, "Listing appointment", start, end, null,
                "12 Oak St", null, null, null, 5, "Dana Agent", false);
    }

    @Test
    void anEntryIsDrawnAtItsWallClockTimesInTheBrokeragesZone() {
        // 14:00 UTC is 10:00 in New York in March after the change to daylight-saving time
        ScheduleEvent<EntryRef> event = EntryEvent.of(task(9, Instant.parse("2026-03-10T14:00:00Z"), false),
                NEW_YORK, false, NOW);

        assertThat(event.getStartDate()).isEqualTo(LocalDateTime.of(2026, 3, 10, 10, 0));
        assertThat(event.getEndDate()).isEqualTo(LocalDateTime.of(2026, 3, 10, 10, 30));
        assertThat(event.getId()).isEqualTo("task-9");
        assertThat(event.getTitle()).isEqualTo("Call: Ask about financing");
        assertThat(event.getData()).isEqualTo(new EntryRef(CalendarEntry.Type.TASK, 9, 3, "Ask about financing",
                7L, "Tessa Lead", 5, false));
        assertThat(event.getDescription()).isEqualTo("Lead: Tessa Lead · Lender: First Bank");
    }

    @Test
    void tasksAndAppointmentsLookDifferentAndATaskDoneIsStruckThroughAndStaysWhereItWasDone() {
        Instant past = NOW.minusSeconds(3_600);
        ScheduleEvent<EntryRef> open = EntryEvent.of(task(1, NOW.plusSeconds(60), false), NEW_YORK, false, NOW);
        ScheduleEvent<EntryRef> overdue = EntryEvent.of(task(2, past, false), NEW_YORK, false, NOW);
        ScheduleEvent<EntryRef> done = EntryEvent.of(task(3, past, true), NEW_YORK, false, NOW);
        ScheduleEvent<EntryRef> meeting = EntryEvent.of(appointment(1, past, NOW), NEW_YORK, false, NOW);

        assertThat(open.getStyleClass()).isEqualTo("crm-entry crm-entry-task crm-entry-task-call");
        assertThat(overdue.getStyleClass()).endsWith(" crm-entry-overdue");
        assertThat(done.getStyleClass()).endsWith(" crm-entry-done").doesNotContain("overdue");
        assertThat(meeting.getStyleClass()).isEqualTo("crm-entry crm-entry-appointment");

        assertThat(open.isDraggable()).isTrue();
        assertThat(done.isDraggable()).as("a done task cannot be moved").isFalse();
        assertThat(open.isResizable()).as("a task has no length of its own").isFalse();
        assertThat(meeting.isDraggable()).isTrue();
        assertThat(meeting.isResizable()).isTrue();
        assertThat(meeting.getDescription()).isEqualTo("At 12 Oak St");
    }

    @Test
    void aTaskAndAnAppointmentWithTheSameIdAreTwoEvents() {
        assertThat(EntryEvent.id(task(4, NOW, false))).isNotEqualTo(EntryEvent.id(appointment(4, NOW, NOW)));
    }

    @Test
    void onACalendarOfSeveralPeopleEachTitleSaysWhoseItIs() {
        assertThat(EntryEvent.title(appointment(1, NOW, NOW), true)).isEqualTo("Listing appointment · Dana Agent");
        assertThat(EntryEvent.title(appointment(1, NOW, NOW), false)).isEqualTo("Listing appointment");
    }
}
