package org.realtycrm.task.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.realtycrm.property.ui.Choice;
import org.realtycrm.task.entity.AppointmentDraft;
import org.realtycrm.task.entity.CalendarEntry;
import org.realtycrm.task.entity.Recurrence;
import org.realtycrm.task.entity.TaskDraft;
import org.realtycrm.task.entity.TaskKind;

class EntryFormTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void aClickOnFreeTimeStartsAnEntryThereAndADayOfTheMonthViewAtTheStartOfTheWorkday() {
        EntryForm slot = EntryForm.newAt(LocalDateTime.of(2026, 5, 4, 14, 30), null);
        EntryForm day = EntryForm.newAt(LocalDateTime.of(2026, 5, 4, 0, 0), 12L);

        assertThat(slot.isNew()).isTrue();
        assertThat(slot.isTask()).isTrue();
        assertThat(slot.getStart()).isEqualTo(LocalDateTime.of(2026, 5, 4, 14, 30));
        assertThat(slot.getEnd()).isEqualTo(LocalDateTime.of(2026, 5, 4, 15, 30));
        assertThat(day.getStart()).isEqualTo(LocalDateTime.of(2026, 5, 4, 9, 0));
        assertThat(day.getAssigneeId()).as("the calendar the admin looks at").isEqualTo(12L);
        assertThat(slot.getHeading()).isEqualTo("New task");
    }

    @Test
    void theAddButtonStartsAnEntryAtTheNextFullHourOnTheBrokeragesClock() {
        EntryForm form = EntryForm.newNext(Instant.parse("2026-05-04T13:20:00Z"), NEW_YORK, null);

        assertThat(form.getStart()).isEqualTo(LocalDateTime.of(2026, 5, 4, 10, 0));
    }

    @Test
    void aTaskGoesToTheBoundaryWithItsDueTimeAsAnInstant() {
        EntryForm form = EntryForm.newAt(LocalDateTime.of(2026, 1, 15, 9, 0), null);
        form.setKind(TaskKind.SHOWING);
        form.setTitle("Show 12 Oak St");
        form.setLead(new Choice(7, "Tessa Lead"));
        form.setRemindMinutesBefore(30);
        form.setRecurrence(Recurrence.WEEKLY);

        assertThat(form.taskDraft(NEW_YORK)).isEqualTo(new TaskDraft(TaskKind.SHOWING, "Show 12 Oak St", null, 7L,
                null, Instant.parse("2026-01-15T14:00:00Z"), 30, Recurrence.WEEKLY));
    }

    @Test
    void aNewTaskMadeAnAppointmentKeepsWhatWasTypedAndHasAnEndAfterItsStart() {
        EntryForm form = EntryForm.newAt(LocalDateTime.of(2026, 7, 1, 11, 0), null);
        form.setTitle("Buyer consultation");
        form.setEnd(null);

        form.setType(CalendarEntry.Type.APPOINTMENT);
        form.setLocation("The office");

        assertThat(form.isTask()).isFalse();
        assertThat(form.getHeading()).isEqualTo("New appointment");
        assertThat(form.appointmentDraft(NEW_YORK)).isEqualTo(new AppointmentDraft("Buyer consultation",
                "The office", null, null, null, Instant.parse("2026-07-01T15:00:00Z"),
                Instant.parse("2026-07-01T16:00:00Z"), null));
    }

    @Test
    void anEmptyTimeIsLeftForTheBoundaryToRefuse() {
        EntryForm form = EntryForm.newAt(LocalDateTime.of(2026, 7, 1, 11, 0), null);
        form.setStart(null);

        assertThat(form.taskDraft(NEW_YORK).dueAt()).isNull();
    }
}
