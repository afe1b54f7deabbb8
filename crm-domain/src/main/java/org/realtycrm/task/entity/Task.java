package org.realtycrm.task.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.realtycrm.platform.problem.RuleViolationException;

/**
 * Something an agent is to do by a time: call, text or email a lead, show them a home, or anything else. A task
 * keeps its own rules: it has a title and a due time, it belongs to someone who can do work, and only an open task
 * is moved or completed. A recurring task, once completed, makes its series' next occurrence.
 */
@Entity
@Table(name = "tasks")
public class Task extends Tracked {

    public static final int MAX_TITLE_LENGTH = Schedulable.MAX_TITLE_LENGTH;
    public static final int MAX_DETAILS_LENGTH = Schedulable.MAX_DETAILS_LENGTH;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private TaskKind kind;

    @Column(nullable = false, length = MAX_TITLE_LENGTH)
    private String title;

    @Column(length = MAX_DETAILS_LENGTH)
    private String details;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_id")
    private Lead lead;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignee_id", nullable = false)
    private User assignee;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "remind_minutes_before")
    private Integer remindMinutesBefore;

    /** When the bell rings: the due time less the reminder's lead; what the reminder timer looks for. */
    @Column(name = "remind_at")
    private Instant remindAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Recurrence recurrence = Recurrence.NONE;

    /** The due time its series' times are counted from ({@link Recurrence#nextAfter}); its own for a single task. */
    @Column(name = "series_first_due_at", nullable = false)
    private Instant seriesFirstDueAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "completed_by_id")
    private User completedBy;

    /** {@code null} for a task the system set (a campaign's step). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by_id", updatable = false)
    private User createdBy;

    protected Task() {
        // for JPA
    }

    /**
     * @param lead     the lead it is about, already checked as visible to its maker; {@code null} for none
     * @param assignee who is to do it
     * @param createdBy who set it; {@code null} for the system
     */
    public Task(TaskDraft draft, Lead lead, User assignee, User createdBy) {
        this.createdBy = createdBy;
        change(draft, lead, assignee);
    }

    /** Replaces what the task says; a changed due time starts its series again from there. */
    public void change(TaskDraft draft, Lead lead, User assignee) {
        Objects.requireNonNull(draft, "draft");
        requireOpen("changed");
        // checked in full before anything is assigned, so that a refused change leaves the task as it was
        if (draft.kind() == null) {
            throw new InvalidInputException("kind", "must be one of CALL, TEXT, EMAIL, SHOWING, OTHER");
        }
        if (draft.dueAt() == null) {
            throw new InvalidInputException("dueAt", "must be given");
        }
        String newTitle = Schedulable.title(draft.title());
        String newDetails = Schedulable.optional("details", draft.details(), MAX_DETAILS_LENGTH);
        Integer newRemind = Schedulable.remindMinutes(draft.remindMinutesBefore());
        User newAssignee = Schedulable.assignee(assignee);
        this.kind = draft.kind();
        this.title = newTitle;
        this.details = newDetails;
        this.lead = lead;
        this.assignee = newAssignee;
        this.recurrence = draft.recurrence() == null ? Recurrence.NONE : draft.recurrence();
        this.remindMinutesBefore = newRemind;
        due(draft.dueAt());
    }

    /** Moves the task to another time (the calendar's drag); its series goes on from there. */
    public void moveTo(Instant newDueAt) {
        requireOpen("moved");
        due(Objects.requireNonNull(newDueAt, "dueAt"));
    }

    private void due(Instant when) {
        if (!when.equals(dueAt)) {
            this.seriesFirstDueAt = when;
        }
        this.dueAt = when;
        this.remindAt = remindMinutesBefore == null ? null
                : when.minus(Duration.ofMinutes(remindMinutesBefore));
    }

    /**
     * Marks it done. A recurring task's next occurrence is the series' first time after both its due time and
     * now: a daily call done three days late comes back tomorrow, not three times overdue.
     *
     * @param zone the zone the series' times are counted in (the brokerage's)
     * @return the next occurrence, not stored yet; empty for a task that does not recur
     * @throws RuleViolationException when it is done already
     */
    public Optional<Task> complete(User by, Instant now, ZoneId zone) {
        requireOpen("completed");
        this.completedAt = Objects.requireNonNull(now, "now");
        this.completedBy = Objects.requireNonNull(by, "by");
        if (recurrence == Recurrence.NONE) {
            return Optional.empty();
        }
        Instant after = dueAt.isAfter(now) ? dueAt : now;
        Task next = new Task();
        next.createdBy = by;
        next.kind = kind;
        next.title = title;
        next.details = details;
        next.lead = lead;
        next.assignee = assignee;
        next.recurrence = recurrence;
        next.remindMinutesBefore = remindMinutesBefore;
        next.due(recurrence.nextAfter(seriesFirstDueAt, after, zone));
        next.seriesFirstDueAt = seriesFirstDueAt;
        return Optional.of(next);
    }

    /** Makes a completed task open again (ticked by mistake); a next occurrence it made stays. */
    public void reopen() {
        if (completedAt == null) {
            throw new RuleViolationException("task " + id + " is not done");
        }
        this.completedAt = null;
        this.completedBy = null;
    }

    private void requireOpen(String what) {
        if (completedAt != null) {
            throw new RuleViolationException("task " + id + " is done: it cannot be " + what + " (reopen it first)");
        }
    }

    public boolean isOpen() {
        return completedAt == null;
    }

    public boolean isOverdue(Instant now) {
        return isOpen() && dueAt.isBefore(now);
    }

    public boolean isAssignedTo(long userId) {
        return assignee.getId() == userId;
    }

    /** The fields the audit trail compares before and after a change. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", kind);
        state.put("title", title);
        state.put("details", details);
        state.put("leadId", lead == null ? null : lead.getId());
        state.put("assigneeId", assignee.getId());
        state.put("dueAt", dueAt);
        state.put("remindMinutesBefore", remindMinutesBefore);
        state.put("recurrence", recurrence);
        state.put("completedAt", completedAt);
        return state;
    }

    public Long getId() {
        return id;
    }

    public TaskKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
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

    public Instant getDueAt() {
        return dueAt;
    }

    public Integer getRemindMinutesBefore() {
        return remindMinutesBefore;
    }

    public Instant getRemindAt() {
        return remindAt;
    }

    public Recurrence getRecurrence() {
        return recurrence;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public User getCompletedBy() {
        return completedBy;
    }

    public User getCreatedBy() {
        return createdBy;
    }
}
