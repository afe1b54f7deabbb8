package org.realtycrm.campaign.entity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One event SendGrid reported of a message (delivered, open, click, bounce, spam report, unsubscribe …), once per
 * SendGrid event id. The outbox message it concerns, when SendGrid sent back its outbox id.
 */
@Entity
@Table(name = "mail_events")
public class MailEvent {

    public static final int MAX_DETAIL = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sg_event_id", nullable = false, updatable = false, length = 100)
    private String sendGridEventId;

    @Column(name = "outbox_mail_id", updatable = false)
    private Long outboxMailId;

    @Column(nullable = false, updatable = false, length = 32)
    private String event;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(updatable = false, length = MAX_DETAIL)
    private String detail;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    protected MailEvent() {
        // for JPA
    }

    public MailEvent(String sendGridEventId, Long outboxMailId, String event, Instant occurredAt, String detail,
            Instant receivedAt) {
        this.sendGridEventId = Objects.requireNonNull(sendGridEventId, "sendGridEventId");
        this.outboxMailId = outboxMailId;
        this.event = Objects.requireNonNull(event, "event");
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        this.detail = detail == null || detail.isBlank() ? null
                : detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 3) + "...";
        this.receivedAt = receivedAt.truncatedTo(ChronoUnit.MICROS);
    }

    public Long getId() {
        return id;
    }

    public String getSendGridEventId() {
        return sendGridEventId;
    }

    public Long getOutboxMailId() {
        return outboxMailId;
    }

    public String getEvent() {
        return event;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getDetail() {
        return detail;
    }
}
