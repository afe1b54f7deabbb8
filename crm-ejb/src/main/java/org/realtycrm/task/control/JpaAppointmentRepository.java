package org.realtycrm.task.control;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.task.entity.Appointment;
import org.realtycrm.task.entity.AppointmentRepository;
import org.realtycrm.task.entity.CalendarVisibility;

@ApplicationScoped
public class JpaAppointmentRepository implements AppointmentRepository {

    /** Whose appointment it is, and that its lead (if any) is live. */
    private static final String VISIBLE = "select a from Appointment a left join fetch a.lead l join fetch a.assignee"
            + " where (:only is null or a.assignee.id = :only) and (l is null or l.deletedAt is null)";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Override
    public void add(Appointment appointment) {
        em.persist(appointment);
        em.flush(); // the id, for the audit entry
    }

    @Override
    public Optional<Appointment> find(long id, CalendarVisibility visibility) {
        return em.createQuery(VISIBLE + " and a.id = :id", Appointment.class)
                .setParameter("only", visibility.onlyAssigneeId())
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public List<Appointment> overlapping(Instant from, Instant to, Long assigneeId, CalendarVisibility visibility) {
        return em.createQuery(VISIBLE + " and (:assignee is null or a.assignee.id = :assignee)"
                        + " and a.startsAt < :to and a.endsAt > :from order by a.startsAt, a.id", Appointment.class)
                .setParameter("only", visibility.onlyAssigneeId())
                .setParameter("assignee", assigneeId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public List<Appointment> ofLead(long leadId, Instant from, CalendarVisibility visibility) {
        return em.createQuery(VISIBLE + " and l.id = :lead and a.endsAt > :from order by a.startsAt, a.id",
                        Appointment.class)
                .setParameter("only", visibility.onlyAssigneeId())
                .setParameter("lead", leadId)
                .setParameter("from", from)
                .getResultList();
    }

    @Override
    public void remove(Appointment appointment) {
        em.remove(appointment);
    }
}
