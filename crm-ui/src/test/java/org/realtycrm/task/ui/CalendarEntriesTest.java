package org.realtycrm.task.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.primefaces.model.ScheduleEvent;
import org.realtycrm.task.boundary.Calendars;
import org.realtycrm.task.entity.CalendarEntry;

class CalendarEntriesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void theRangeTheScheduleShowsIsReadOnTheBrokeragesClock() {
        List<Instant[]> asked = new ArrayList<>();
        Instant due = Instant.parse("2026-01-06T15:00:00Z");
        CalendarEntries model = new CalendarEntries((from, to) -> {
            asked.add(new Instant[] {from, to});
            return List.of(EntryEventTest.task(1, due, false));
        }, NEW_YORK);

        model.loadEvents(LocalDateTime.of(2026, 1, 4, 0, 0), LocalDateTime.of(2026, 1, 11, 0, 0));

        assertThat(asked).singleElement().satisfies(range -> {
            assertThat(range[0]).isEqualTo(Instant.parse("2026-01-04T05:00:00Z"));
            assertThat(range[1]).isEqualTo(Instant.parse("2026-01-11T05:00:00Z"));
        });
        assertThat(model.getEvents()).extracting(ScheduleEvent::getId).containsExactly("task-1");
        assertThat(model.getEvent("task-1").getStartDate()).isEqualTo(LocalDateTime.of(2026, 1, 6, 10, 0));
    }

    @Test
    void aRangeLongerThanTheBoundaryTakesIsReadInSpansAndAnEntryAcrossTwoIsKeptOnce() {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        Instant to = from.plus(Calendars.MAX_SPAN).plus(Duration.ofDays(10));
        Instant crossing = from.plus(Calendars.MAX_SPAN).minus(Duration.ofHours(1));
        CalendarEntry longMeeting = EntryEventTest.appointment(8, crossing, crossing.plus(Duration.ofHours(3)));
        List<Duration> spans = new ArrayList<>();

        List<CalendarEntry> read = CalendarEntries.readAll((start, end) -> {
            spans.add(Duration.between(start, end));
            return List.of(longMeeting);
        }, from, to);

        assertThat(spans).containsExactly(Calendars.MAX_SPAN, Duration.ofDays(10));
        assertThat(read).containsExactly(longMeeting);
    }

    @Test
    void theModelAndItsEntriesGoWithTheViewWhenItIsSerialized() throws IOException {
        Instant due = Instant.parse("2026-01-06T15:00:00Z");
        CalendarEntries model = new CalendarEntries((from, to) -> List.of(EntryEventTest.task(1, due, false),
                EntryEventTest.appointment(2, due, due.plusSeconds(3_600))), NEW_YORK);
        model.loadEvents(LocalDateTime.of(2026, 1, 4, 0, 0), LocalDateTime.of(2026, 1, 11, 0, 0));

        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(model);
        }
    }
}
