package org.realtycrm.task.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.realtycrm.task.entity.CalendarEntry;

/** A task (at its due time, 30 minutes long) or an appointment, as a calendar shows it. */
@Schema(name = "CalendarEntry")
public record CalendarEntryJson(String type, long id, long version, String title, Instant start, Instant end,
        String kind, String location, TaskJson.LeadRef lead, long assigneeId, String assigneeName, boolean done) {

    public static CalendarEntryJson of(CalendarEntry entry) {
        return new CalendarEntryJson(entry.type().name(), entry.id(), entry.version(), entry.title(), entry.start(),
                entry.end(), entry.kind() == null ? null : entry.kind().name(), entry.location(),
                entry.leadId() == null ? null : new TaskJson.LeadRef(entry.leadId(), entry.leadName()),
                entry.assigneeId(), entry.assigneeName(), entry.done());
    }
}
