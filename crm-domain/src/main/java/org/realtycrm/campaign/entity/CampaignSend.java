package org.realtycrm.campaign.entity;

import java.math.BigDecimal;
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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.realtycrm.platform.entity.Tracked;
import org.realtycrm.platform.problem.ConflictException;

/**
 * One step's send to one lead, unique per enrolment and step, and its fate ({@link SendStatus}). The outbox's
 * idempotency key is {@link #outboxKey()}: it changes only when nothing went out under the last one (the gate held
 * or refused it, or the provider refused it), so a redelivered message, a restart or a replay never sends twice.
 */
@Entity
@Table(name = "campaign_sends")
public class CampaignSend extends Tracked {

    public static final int MAX_NOTE = 1_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private long campaignId;

    @Column(name = "step_id", nullable = false, updatable = false)
    private long stepId;

    @Column(name = "enrollment_id", nullable = false, updatable = false)
    private long enrollmentId;

    @Column(name = "lead_id", nullable = false, updatable = false)
    private long leadId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private StepAction action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SendStatus status;

    @Column(nullable = false)
    private int tries;

    @Column(nullable = false)
    private int failures;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(length = 1)
    private String variant;

    @Column(name = "outbox_text_id")
    private Long outboxTextId;

    @Column(name = "outbox_mail_id")
    private Long outboxMailId;

    @Column(name = "mail_batch_id")
    private Long mailBatchId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String refusal;

    @Column(length = MAX_NOTE)
    private String note;

    @Column(nullable = false, precision = 10, scale = 4)
    private BigDecimal cost = BigDecimal.ZERO;

    @Column(name = "unsubscribe_token", length = 64)
    private String unsubscribeToken;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected CampaignSend() {
        // for JPA
    }

    /** The outbox's idempotency key of this try. */
    public String outboxKey() {
        return "campaign-send:" + id + ":" + tries;
    }

    /** Whether the sender works it now: queued, and not settled by an earlier delivery of its message. */
    public boolean isQueued() {
        return status == SendStatus.QUEUED;
    }

    public void sent(Long textId, Long mailId, BigDecimal price, Instant at) {
        sent(textId, mailId, price, at, null);
    }

    /**
     * Sent, with a word on it: the outbox recorded the message for a sending provider before a restart, and no answer
     * came. It is not sent again (it may have gone); the note says it is unconfirmed.
     */
    public void sent(Long textId, Long mailId, BigDecimal price, Instant at, String unconfirmed) {
        Objects.requireNonNull(price, "price");
        requireQueued();
        note = clip(unconfirmed);
        status = SendStatus.SENT;
        outboxTextId = textId;
        outboxMailId = mailId;
        cost = Objects.requireNonNull(price, "price");
        sentAt = at;
        nextAttemptAt = null;
    }

    /** The gate said "not now": again at {@code until}, under a new key (nothing went out under this one). */
    public void held(String refusalsJson, Long textId, Instant until) {
        requireQueued();
        status = SendStatus.HELD;
        refusal = refusalsJson;
        outboxTextId = textId;
        nextAttemptAt = until;
        tries++;
    }

    public void refused(String refusalsJson, Long textId, String why) {
        requireQueued();
        status = SendStatus.REFUSED;
        refusal = refusalsJson;
        outboxTextId = textId;
        note = clip(why);
        nextAttemptAt = null;
    }

    /** The provider failed and may take it later: again at {@code at}, under a new key. */
    public void retrying(Long textId, Long mailId, String error, Instant at) {
        requireQueued();
        status = SendStatus.RETRYING;
        outboxTextId = textId;
        outboxMailId = mailId;
        note = clip(error);
        failures++;
        tries++;
        nextAttemptAt = at;
    }

    /** The provider refused it for good, or too often: a dead letter. */
    public void failed(Long textId, Long mailId, String error) {
        requireQueued();
        status = SendStatus.FAILED;
        outboxTextId = textId;
        outboxMailId = mailId;
        note = clip(error);
        failures++;
        nextAttemptAt = null;
    }

    public void skipped(String why) {
        requireQueued();
        status = SendStatus.SKIPPED;
        note = clip(why);
        nextAttemptAt = null;
    }

    /** Held or retrying, and its time has come: queued again. */
    public void requeue() {
        if (status != SendStatus.HELD && status != SendStatus.RETRYING) {
            throw new ConflictException("campaign send " + id + " is " + status + ": only a held or retrying send "
                    + "is queued again");
        }
        status = SendStatus.QUEUED;
        nextAttemptAt = null;
    }

    /** An admin sends a dead letter again, under a new key: the provider took nothing under the last one. */
    public void replay(String by) {
        if (status != SendStatus.FAILED) {
            throw new ConflictException("campaign send " + id + " is " + status + ": only a failed send (a dead "
                    + "letter) is replayed");
        }
        status = SendStatus.QUEUED;
        tries++;
        failures = 0;
        note = clip("replayed by " + by + " after: " + note);
    }

    /** A letter that cannot go: its lead has nowhere to send it. */
    public void skippedLetter(String why) {
        if (status != SendStatus.AWAITING_BATCH) {
            throw new ConflictException("campaign send " + id + " is " + status + ", not a letter awaiting a batch");
        }
        status = SendStatus.SKIPPED;
        note = clip(why);
    }

    public void mailed(long batchId, BigDecimal price, Instant at) {
        if (status != SendStatus.AWAITING_BATCH) {
            throw new ConflictException("campaign send " + id + " is " + status + ": only a letter awaiting its "
                    + "batch is mailed");
        }
        status = SendStatus.MAILED;
        mailBatchId = batchId;
        cost = Objects.requireNonNull(price, "price");
        sentAt = at;
    }

    /**
     * The email's unsubscribe link's token: made once (random, from {@code newToken}) and kept, so a retry's message
     * carries the same link as the first.
     */
    public String unsubscribeToken(java.util.function.Supplier<String> newToken) {
        if (unsubscribeToken == null) {
            unsubscribeToken = newToken.get();
        }
        return unsubscribeToken;
    }

    private void requireQueued() {
        if (status != SendStatus.QUEUED) {
            throw new IllegalStateException("campaign send " + id + " is " + status + ", not QUEUED");
        }
    }

    private static String clip(String text) {
        return text == null || text.length() <= MAX_NOTE ? text : text.substring(0, MAX_NOTE);
    }

    public Long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public long getStepId() {
        return stepId;
    }

    public long getEnrollmentId() {
        return enrollmentId;
    }

    public long getLeadId() {
        return leadId;
    }

    public StepAction getAction() {
        return action;
    }

    public SendStatus getStatus() {
        return status;
    }

    public int getTries() {
        return tries;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getVariant() {
        return variant;
    }

    public Long getOutboxTextId() {
        return outboxTextId;
    }

    public Long getOutboxMailId() {
        return outboxMailId;
    }

    public Long getMailBatchId() {
        return mailBatchId;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getNote() {
        return note;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public String getUnsubscribeToken() {
        return unsubscribeToken;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
