package org.realtycrm.task.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A task as sent to set one, or (with {@code version}) to replace what it says. */
@Schema(name = "TaskRequest", example = """
        {"kind": "CALL", "title": "Call about the pre-approval", "leadId": 42, "dueAt": "2026-12-08T15:00:00Z",
         "remindMinutesBefore": 15, "recurrence": "NONE"}""")
public class TaskRequest {

    @Schema(enumeration = {"CALL", "TEXT", "EMAIL", "SHOWING", "OTHER"})
    public String kind;

    public String title;

    public String details;

    @Schema(description = "The lead it is about; none for a task of its own")
    public Long leadId;

    @Schema(description = "Who is to do it: you when left out; only an admin names someone else")
    public Long assigneeId;

    public OffsetDateTime dueAt;

    @Schema(description = "The bell rings this long before it is due (0 to 10080); no reminder when left out")
    public Integer remindMinutesBefore;

    @Schema(enumeration = {"NONE", "DAILY", "WEEKDAYS", "WEEKLY", "MONTHLY"},
            description = "Done, a recurring task comes back at its series' next time after now")
    public String recurrence;

    @Schema(description = "Required on PUT: the version you read")
    public Long version;
}
