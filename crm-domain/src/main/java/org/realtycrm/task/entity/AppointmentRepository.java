package org.realtycrm.task.entity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface AppointmentRepository {

    void add(Appointment appointment);

    /** Someone else's appointment is answered like one that does not exist. */
    Optional<Appointment> find(long id, CalendarVisibility visibility);

    /** Those that overlap [from, to), by start; {@code assigneeId} null for every visible one. */
    List<Appointment> overlapping(Instant from, Instant to, Long assigneeId, CalendarVisibility visibility);

    /** A lead's appointments from {@code from} on, by start. */
    List<Appointment> ofLead(long leadId, Instant from, CalendarVisibility visibility);

    void remove(Appointment appointment);
}
