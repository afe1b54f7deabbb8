package org.realtycrm.task.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class AgendaLineTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void timesReadOnTheBrokeragesClock() {
        Instant due = Instant.parse("2026-03-03T14:30:00Z");

        assertThat(AgendaLine.timeOfDay(due, NEW_YORK)).isEqualTo("9:30 AM");
        assertThat(AgendaLine.dayAndTime(due, NEW_YORK)).isEqualTo("Tue, Mar 3, 9:30 AM");
    }

    @Test
    void anEntryOfTheDayKeepsItsLeadAndWhatToDo() {
        AgendaLine line = AgendaLine.of(EntryEventTest.task(4, Instant.parse("2026-03-03T14:30:00Z"), false),
                "9:30 AM");

        assertThat(line.isTask()).isTrue();
        assertThat(line.kind()).isEqualTo("Call");
        assertThat(line.leadId()).isEqualTo(7L);
        assertThat(line.leadName()).isEqualTo("Tessa Lead");
        assertThat(line.version()).isEqualTo(3);
    }
}
