package org.realtycrm.audit.entity;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.realtycrm.identity.entity.User;

/** One entry of the audit trail: who did what to which record, and each changed field before and after. */
@Entity
@Table(name = "activities")
public class Activity {

    private static final int MAX_SUMMARY = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    /** {@code null} for the system itself (routing at start-up, jobs without a user). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id", updatable = false)
    private User actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, updatable = false, length = 16)
    private SubjectType subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    /** Set for lead activities so that a lead's timeline is one indexed query. */
    @Column(name = "lead_id", updatable = false)
    private Long leadId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private ActivityAction action;

    @Column(nullable = false, updatable = false, length = 300)
    private String summary;

    /** A JSON object: field name → {"from", "to"}; contact data in it is sealed in the database. */
    @Convert(converter = SealedChanges.class)
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    private String changes;

    protected Activity() {
        // for JPA
    }

    public Activity(User actor, SubjectType subjectType, long subjectId, ActivityAction action, String summary,
            String changesJson) {
        this(Instant.now(), actor, subjectType, subjectId, action, summary, changesJson);
    }

    /**
     * An entry for history recorded after the fact (synthetic demo data): it happened at {@code occurredAt}, not
     * when it is stored. Never in the future. Everything a user does now is recorded with the constructor, at now.
     */
    public static Activity past(Instant occurredAt, User actor, SubjectType subjectType, long subjectId,
            ActivityAction action, String summary, String changesJson) {
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (occurredAt.isAfter(Instant.now())) {
            throw new IllegalArgumentException("an activity of the past at " + occurredAt + " is in the future");
        }
        return new Activity(occurredAt, actor, subjectType, subjectId, action, summary, changesJson);
    }

    /**
     * A lead's timeline entry that is not stored itself but stands for another record: a lead's creation by a CSV
     * import is told by the import's own entry ({@code recordId}, whose id it carries) and the lead's link to its
     * line. Never persisted.
     */
    public static Activity standingFor(long recordId, Instant occurredAt, User actor, long leadId,
            ActivityAction action, String summary) {
        Activity entry = new Activity(occurredAt, actor, SubjectType.LEAD, leadId, action, summary, "{}");
        entry.id = recordId;
        return entry;
    }

    private Activity(Instant occurredAt, User actor, SubjectType subjectType, long subjectId, ActivityAction action,
            String summary, String changesJson) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.subjectType = Objects.requireNonNull(subjectType, "subjectType");
        this.subjectId = subjectId;
        this.leadId = subjectType == SubjectType.LEAD ? subjectId : null;
        this.action = Objects.requireNonNull(action, "action");
        this.summary = fitSummary(summary);
        this.changes = Objects.requireNonNull(changesJson, "changesJson");
    }

    /**
     * A summary as the trail stores it: at most 300 characters, a longer one cut with "...". Writers that insert
     * entries set-based call it too, so that their entries read like every other.
     */
    public static String fitSummary(String summary) {
        return summary.length() > MAX_SUMMARY ? summary.substring(0, MAX_SUMMARY - 3) + "..." : summary;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public User getActor() {
        return actor;
    }

    public SubjectType getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public ActivityAction getAction() {
        return action;
    }

    public String getSummary() {
        return summary;
    }

    public String getChangesJson() {
        return changes;
    }
}
