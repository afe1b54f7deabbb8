package org.realtycrm.campaign.entity;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.realtycrm.lead.entity.LeadStatus;

/**
 * One lead in one campaign: the step it reaches next and when, or how it ended (every step done, or out early and
 * why). A lead is in a campaign once: enrolled again, it is not sent the steps again.
 */
@Entity
@Table(name = "campaign_enrollments")
public class Enrollment {

    public static final int MAX_REASON = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private long campaignId;

    @Column(name = "lead_id", nullable = false, updatable = false)
    private long leadId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EnrollmentStatus status = EnrollmentStatus.ACTIVE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private EnrollmentWay how;

    @Column(name = "enrolled_by", updatable = false)
    private Long enrolledBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_at_entry", nullable = false, updatable = false, length = 20)
    private LeadStatus statusAtEntry;

    @Column(name = "next_position", nullable = false)
    private int nextPosition = 1;

    @Column(name = "next_due_at")
    private Instant nextDueAt;

    @Column(name = "exit_reason", length = MAX_REASON)
    private String exitReason;

    @Column(name = "left_at")
    private Instant leftAt;

    @Column(name = "enrolled_at", nullable = false, updatable = false)
    private Instant enrolledAt;

    @Version
    private long version;

    protected Enrollment() {
        // for JPA
    }

    /** Put in by hand: the first step is due after its delay. */
    public Enrollment(long campaignId, long leadId, LeadStatus statusAtEntry, Long enrolledBy, Instant now,
            Instant firstDue) {
        this.campaignId = campaignId;
        this.leadId = leadId;
        this.how = EnrollmentWay.HAND;
        this.enrolledBy = enrolledBy;
        this.statusAtEntry = statusAtEntry;
        this.enrolledAt = now;
        this.nextDueAt = firstDue;
    }

    /** The lead leaves early; an enrolment already ended stays as it ended (false). */
    public boolean exit(String reason, Instant at) {
        Objects.requireNonNull(reason, "reason");
        if (status != EnrollmentStatus.ACTIVE) {
            return false;
        }
        status = EnrollmentStatus.EXITED;
        exitReason = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
        leftAt = at;
        nextDueAt = null;
        return true;
    }

    public boolean isActive() {
        return status == EnrollmentStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public long getLeadId() {
        return leadId;
    }

    public EnrollmentStatus getStatus() {
        return status;
    }

    public EnrollmentWay getHow() {
        return how;
    }

    public Long getEnrolledBy() {
        return enrolledBy;
    }

    public LeadStatus getStatusAtEntry() {
        return statusAtEntry;
    }

    public int getNextPosition() {
        return nextPosition;
    }

    public Instant getNextDueAt() {
        return nextDueAt;
    }

    public String getExitReason() {
        return exitReason;
    }

    public Instant getLeftAt() {
        return leftAt;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }
}
