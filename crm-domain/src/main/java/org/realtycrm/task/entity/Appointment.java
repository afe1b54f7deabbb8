package org.realtycrm.task.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.realtycrm.identity.entity.User;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.platform.entity.Tracked;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * Time in an agent's calendar, with a start, an end and a place: a listing appointment, a buyer consultation, a
 * closing. It keeps its own rules: a title, an end after its start, at most {@value #MAX_DAYS} days long, in the
 * calendar of someone who can do work.
 */
@Entity
@Table(name = "appointments")
public class Appointment extends Tracked {

    public static final int MAX_LOCATION_LENGTH = 300;
    /** Longer than this it is not an appointment (a listing period, a vacation): a typo in the end date, likely. */
    public static final int MAX_DAYS = 14;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = Schedulable.MAX_TITLE_LENGTH)
    private String title;

    @Column(length = MAX_LOCATION_LENGTH)
    private String location;

    @Column(length = Schedulable.MAX_DETAILS_LENGTH)
    private String details;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_id")
    private Lead lead;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignee_id", nullable = false)
    private User assignee;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "remind_minutes_before")
    private Integer remindMinutesBefore;

    /** When the bell rings: the start less the reminder's lead; what the reminder timer looks for. */
    @Column(name = "remind_at")
    private Instant remindAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by_id", nullable = false, updatable = false)
    private User createdBy;

    protected Appointment() {
        // for JPA
    }

    /** @param lead the lead it is with, already checked as visible to its maker; {@code null} for none */
    public Appointment(AppointmentDraft draft, Lead lead, User assignee, User createdBy) {
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        change(draft, lead, assignee);
    }

    public void change(AppointmentDraft draft, Lead lead, User assignee) {
        Objects.requireNonNull(draft, "draft");
        // checked in full before anything is assigned, so that a refused change leaves the appointment as it was
        String newTitle = Schedulable.title(draft.title());
        String newLocation = Schedulable.optional("location", draft.location(), MAX_LOCATION_LENGTH);
        String newDetails = Schedulable.optional("details", draft.details(), Schedulable.MAX_DETAILS_LENGTH);
        Integer newRemind = Schedulable.remindMinutes(draft.remindMinutesBefore());
        User newAssignee = Schedulable.assignee(assignee);
        checkTimes(draft.startsAt(), draft.endsAt());
        this.title = newTitle;
        this.location = newLocation;
        this.details = newDetails;
        this.lead = lead;
        this.assignee = newAssignee;
        this.remindMinutesBefore = newRemind;
        times(draft.startsAt(), draft.endsAt());
    }

    /** Moves or stretches it (the calendar's drag and resize). */
    public void reschedule(Instant newStart, Instant newEnd) {
        checkTimes(newStart, newEnd);
        times(newStart, newEnd);
    }

    private static void checkTimes(Instant start, Instant end) {
        if (start == null) {
            throw new InvalidInputException("startsAt", "must be given");
        }
        if (end == null) {
            throw new InvalidInputException("endsAt", "must be given");
        }
        if (!end.isAfter(start)) {
            throw new InvalidInputException("endsAt", "must be after startsAt");
        }
        if (Duration.between(start, end).compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
            throw new InvalidInputException("endsAt", "at most " + MAX_DAYS + " days after startsAt");
        }
    }

    private void times(Instant start, Instant end) {
        this.startsAt = start;
        this.endsAt = end;
        this.remindAt = remindMinutesBefore == null ? null : start.minus(Duration.ofMinutes(remindMinutesBefore));
    }

    public boolean isAssignedTo(long userId) {
        return assignee.getId() == userId;
    }

    /** The fields the audit trail compares before and after a change. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("title", title);
        state.put("location", location);
        state.put("details", details);
        state.put("leadId", lead == null ? null : lead.getId());
        state.put("assigneeId", assignee.getId());
        state.put("startsAt", startsAt);
        state.put("endsAt", endsAt);
        state.put("remindMinutesBefore", remindMinutesBefore);
        return state;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getLocation() {
        return location;
    }

    public String getDetails() {
        return details;
    }

    public Lead getLead() {
        return lead;
    }

    public User getAssignee() {
        return assignee;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public Integer getRemindMinutesBefore() {
        return remindMinutesBefore;
    }

    public Instant getRemindAt() {
        return remindAt;
    }

    public User getCreatedBy() {
        return createdBy;
    }
}
