package org.realtycrm.notification.entity;

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

import org.realtycrm.platform.entity.Tracked;

/** Something one user should look at, such as a lead just assigned to them. Read once, kept afterwards. */
@Entity
@Table(name = "notifications")
public class Notification extends Tracked {

    public static final int MAX_MESSAGE_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private long recipientId;

    @Column(name = "lead_id", updatable = false)
    private Long leadId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private NotificationKind kind;

    @Column(nullable = false, updatable = false, length = MAX_MESSAGE_LENGTH)
    private String message;

    /** What this notification is about, unique: the same event delivered twice notifies once. */
    @Column(name = "dedupe_key", nullable = false, updatable = false, length = 120)
    private String dedupeKey;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
        // for JPA
    }

    public Notification(long recipientId, NotificationKind kind, Long leadId, String message, String dedupeKey) {
        this.recipientId = recipientId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.leadId = leadId;
        String text = Objects.requireNonNull(message, "message");
        this.message = text.length() > MAX_MESSAGE_LENGTH ? text.substring(0, MAX_MESSAGE_LENGTH - 3) + "..." : text;
        this.dedupeKey = Objects.requireNonNull(dedupeKey, "dedupeKey");
    }

    /** Marks it read; reading it again keeps the first time. */
    public void markRead(Instant when) {
        if (readAt == null) {
            readAt = Objects.requireNonNull(when, "when");
        }
    }

    public boolean isRead() {
        return readAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public Long getLeadId() {
        return leadId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getMessage() {
        return message;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public String dedupeKey() {
        return dedupeKey;
    }

}
