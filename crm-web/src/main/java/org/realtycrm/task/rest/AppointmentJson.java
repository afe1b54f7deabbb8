package org.realtycrm.task.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.realtycrm.task.entity.Appointment;

@Schema(name = "Appointment")
public record AppointmentJson(long id, String title, String location, String details, TaskJson.LeadRef lead,
        long assigneeId, String assigneeName, Instant startsAt, Instant endsAt, Integer remindMinutesBefore,
        Instant createdAt, Instant updatedAt, long version) {

    public static AppointmentJson of(Appointment appointment) {
        return new AppointmentJson(appointment.getId(), appointment.getTitle(), appointment.getLocation(),
                appointment.getDetails(), TaskJson.LeadRef.of(appointment.getLead()),
                appointment.getAssignee().getId(), appointment.getAssignee().getName(), appointment.getStartsAt(),
                appointment.getEndsAt(), appointment.getRemindMinutesBefore(), appointment.getCreatedAt(),
                appointment.getUpdatedAt(), appointment.getVersion());
    }
}
