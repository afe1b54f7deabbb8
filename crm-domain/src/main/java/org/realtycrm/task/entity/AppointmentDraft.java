package org.realtycrm.task.entity;

import java.time.Instant;

/**
 * What an appointment says, as a screen or the API gives it: checked by {@link Appointment} itself.
 *
 * @param leadId              the lead it is with; {@code null} for none
 * @param assigneeId          whose calendar it is in; {@code null} for the caller
 * @param remindMinutesBefore the bell rings this long before it starts; {@code null} for no reminder
 */
public record AppointmentDraft(String title, String location, String details, Long leadId, Long assigneeId,
                               Instant startsAt, Instant endsAt, Integer remindMinutesBefore) {
}
