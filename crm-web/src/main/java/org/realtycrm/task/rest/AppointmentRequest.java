package org.realtycrm.task.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An appointment as sent to book one, or (with {@code version}) to replace what it says. */
@Schema(name = "AppointmentRequest", example = """
        {"title": "Listing appointment", "location": "12 Oak St, Austin, TX", "leadId": 42,
         "startsAt": "2026-12-09T16:00:00Z", "endsAt": "2026-12-09T17:00:00Z", "remindMinutesBefore": 60}""")
public class AppointmentRequest {

    public String title;

    public String location;

    public String details;

    @Schema(description = "The lead it is with; none for an appointment of its own")
    public Long leadId;

    @Schema(description = "Whose calendar: yours when left out; only an admin names someone else")
    public Long assigneeId;

    public OffsetDateTime startsAt;

    @Schema(description = "After startsAt, and at most 14 days after it")
    public OffsetDateTime endsAt;

    @Schema(description = "The bell rings this long before it starts (0 to 10080); no reminder when left out")
    public Integer remindMinutesBefore;

    @Schema(description = "Required on PUT and when moving: the version you read")
    public Long version;
}
