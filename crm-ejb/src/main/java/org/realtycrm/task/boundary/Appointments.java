package org.realtycrm.task.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.FieldChanges;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.platform.problem.RecordNotFoundException;
import org.realtycrm.platform.problem.StaleVersionException;
import org.realtycrm.task.control.CalendarAudit;
import org.realtycrm.task.control.CalendarParties;
import org.realtycrm.task.entity.Appointment;
import org.realtycrm.task.entity.AppointmentDraft;
import org.realtycrm.task.entity.AppointmentRepository;

/**
 * Agents' appointments: booked, changed, moved or stretched on the calendar, and cancelled, each change audited. An
 * agent sees and books their own; an admin everyone's ({@link CurrentUser#calendarVisibility()}).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.AGENT_NAME})
public class Appointments {

    @Inject
    AppointmentRepository appointments;

    @Inject
    CurrentUser caller;

    @Inject
    CalendarParties parties;

    @Inject
    CalendarAudit audit;

    Clock clock = Clock.systemUTC();

    public Appointment create(AppointmentDraft draft) {
        Appointment appointment = new Appointment(draft, parties.lead(draft.leadId()),
                parties.assignee(draft.assigneeId()), caller.user());
        appointments.add(appointment);
        audit.record(caller.user(), SubjectType.APPOINTMENT, appointment.getId(), ActivityAction.APPOINTMENT_CREATED,
                "Appointment booked for " + appointment.getAssignee().getName() + ": " + appointment.getTitle(),
                FieldChanges.created(appointment.auditState()));
        audit.onTimeline(caller.user(), appointment.getLead(), ActivityAction.APPOINTMENT_CREATED,
                "Appointment booked for " + audit.when(appointment.getStartsAt()) + ": " + appointment.getTitle()
                        + (appointment.getLocation() == null ? "" : " at " + appointment.getLocation()));
        return appointment;
    }

    public Appointment find(long id) {
        return appointments.find(id, caller.calendarVisibility())
                .orElseThrow(() -> new RecordNotFoundException("appointment", id));
    }

    /** A lead's appointments that have not ended yet, soonest first. */
    public List<Appointment> upcomingOfLead(long leadId) {
        return appointments.ofLead(leadId, clock.instant(), caller.calendarVisibility());
    }

    /** @throws StaleVersionException when someone else changed the appointment since it was read */
    public Appointment change(long id, long expectedVersion, AppointmentDraft draft) {
        Appointment appointment = findAt(id, expectedVersion);
        Map<String, Object> before = appointment.auditState();
        appointment.change(draft, parties.lead(draft.leadId()), parties.assignee(draft.assigneeId()));
        changed(appointment, before, "Appointment changed: " + appointment.getTitle());
        return appointment;
    }

    /** The calendar's drag and resize: the same appointment at other times. */
    public Appointment reschedule(long id, long expectedVersion, Instant startsAt, Instant endsAt) {
        Appointment appointment = findAt(id, expectedVersion);
        Map<String, Object> before = appointment.auditState();
        appointment.reschedule(startsAt, endsAt);
        changed(appointment, before, "Appointment moved to " + audit.when(startsAt) + ": " + appointment.getTitle());
        return appointment;
    }

    public void delete(long id) {
        Appointment appointment = find(id);
        audit.record(caller.user(), SubjectType.APPOINTMENT, appointment.getId(), ActivityAction.APPOINTMENT_DELETED,
                "Appointment cancelled: " + appointment.getTitle(),
                FieldChanges.between(appointment.auditState(), Map.of()));
        audit.onTimeline(caller.user(), appointment.getLead(), ActivityAction.APPOINTMENT_DELETED,
                "Appointment cancelled: " + appointment.getTitle());
        appointments.remove(appointment);
    }

    private void changed(Appointment appointment, Map<String, Object> before, String summary) {
        audit.record(caller.user(), SubjectType.APPOINTMENT, appointment.getId(), ActivityAction.APPOINTMENT_CHANGED,
                summary, FieldChanges.between(before, appointment.auditState()));
    }

    private Appointment findAt(long id, long expectedVersion) {
        Appointment appointment = find(id);
        if (appointment.getVersion() != expectedVersion) {
            throw new StaleVersionException("appointment", id, expectedVersion, appointment.getVersion());
        }
        return appointment;
    }
}
