package org.realtycrm.task.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The version a change is made to, and for a move the new times. */
@Schema(name = "CalendarChangeRequest")
public class VersionRequest {

    @Schema(description = "The version you read", required = true)
    public Long version;

    @Schema(description = "Moving a task: its new due time")
    public OffsetDateTime dueAt;

    @Schema(description = "Moving an appointment: its new start")
    public OffsetDateTime startsAt;

    @Schema(description = "Moving an appointment: its new end")
    public OffsetDateTime endsAt;
}
