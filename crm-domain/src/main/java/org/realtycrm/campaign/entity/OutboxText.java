package org.realtycrm.campaign.entity;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import org.realtycrm.platform.problem.RuleViolationException;
import org.realtycrm.platform.sealing.BlindIndex;
import org.realtycrm.platform.sealing.SealedText;

/**
 * One text in the outbox: every text the product sends, or the compliance gate refuses, is recorded here first, so
 * that what went out (or would have, on a server that only keeps its texts) can be read back and counted. Its
 * idempotency key is unique: a text is recorded once, and a second request with the same key is answered with it.
 *
 * <p>What a text said stays as recorded. A refused text is final ({@link TextStatus#REFUSED}, with the gate's
 * reasons). Otherwise the outbox provider keeps it ({@link TextStatus#RECORDED}) or a sending provider accepted it
 * ({@link TextStatus#SENT}) or failed ({@link TextStatus#FAILED}, perhaps retryable); the carrier's later reports
 * (delivered, undelivered) are kept beside. The number and the body are personal data and stored sealed.
 */
@Entity
@Table(name = "outbox_texts")
public class OutboxText extends Tracked {

    public static final int MAX_ERROR = 1_000;
    public static final int MAX_SID = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 40)
    private String category;

    @Column(name = "lead_id", updatable = false)
    private Long leadId;

    @Column(name = "sent_by", updatable = false)
    private Long sentBy;

    @Convert(converter = SealedText.class)
    @Column(name = "to_phone", nullable = false, updatable = false)
    private String toPhone;

    @Convert(converter = BlindIndex.Phone.class)
    @Column(name = "to_index", nullable = false, updatable = false)
    private String toIndex;

    @Convert(converter = SealedText.class)
    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "idempotency_key", nullable = false, updatable = false, length = OutgoingText.MAX_KEY)
    private String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TextProvider provider;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TextStatus status = TextStatus.RECORDED;

    /** The gate's reasons as a JSON array, when refused. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false, columnDefinition = "jsonb")
    private String refusal;

    @Column(name = "provider_message_id", length = MAX_SID)
    private String providerMessageId;

    @Column(length = MAX_ERROR)
    private String error;

    @Column(name = "error_code", length = 16)
    private String errorCode;

    @Column(nullable = false)
    private boolean retryable;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "carrier_status", length = 16)
    private String carrierStatus;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxText() {
        // for JPA
    }

    private OutboxText(OutgoingText text, String category, Long leadId, Long sentBy, TextProvider provider) {
        this.category = TextCategory.checked(category);
        this.leadId = leadId;
        this.sentBy = sentBy;
        this.toPhone = text.to();
        this.toIndex = text.to();
        this.body = text.body();
        this.idempotencyKey = text.idempotencyKey();
        this.provider = Objects.requireNonNull(provider, "provider");
    }

    /** A text as the outbox records it before any provider sees it. */
    public static OutboxText record(OutgoingText text, String category, Long leadId, Long sentBy,
            TextProvider provider) {
        return new OutboxText(Objects.requireNonNull(text, "text"), category, leadId, sentBy, provider);
    }

    /**
     * A text the compliance gate refused: recorded with its reasons so that the refusal is on file, and never
     * handed to a provider.
     *
     * @param reasonsJson the refusals as a JSON array
     */
    public static OutboxText refused(OutgoingText text, String category, Long leadId, Long sentBy,
            TextProvider provider, String reasonsJson) {
        OutboxText refused = record(text, category, leadId, sentBy, provider);
        refused.status = TextStatus.REFUSED;
        refused.refusal = Objects.requireNonNull(reasonsJson, "reasonsJson");
        return refused;
    }

    /** The text as it was asked for, to hand it to a provider (again). */
    public OutgoingText outgoing() {
        return new OutgoingText(toPhone, body, idempotencyKey);
    }

    /** Whether a provider may be handed it: recorded for a sending provider and not answered, or retryable. */
    public boolean awaitsDelivery() {
        return status == TextStatus.RECORDED && provider != TextProvider.OUTBOX || mayRetry();
    }

    public boolean mayRetry() {
        return status == TextStatus.FAILED && retryable;
    }

    /** {@code by} accepted it under its message SID. */
    public void sent(TextProvider by, String messageSid, Instant at) {
        attemptedBy(by);
        status = TextStatus.SENT;
        providerMessageId = messageSid == null || messageSid.isBlank() ? null : cut(messageSid.strip(), MAX_SID);
        sentAt = Objects.requireNonNull(at, "at");
        error = null;
        errorCode = null;
        retryable = false;
    }

    /** {@code by} refused it (for good unless {@code retryable}) or could not be reached. */
    public void failed(TextProvider by, String reason, String code, boolean retryable) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a failure has a reason");
        }
        attemptedBy(by);
        status = TextStatus.FAILED;
        error = cut(reason.strip(), MAX_ERROR);
        errorCode = code == null ? null : cut(code, 16);
        this.retryable = retryable;
    }

    /** The outbox provider's answer: kept, not sent. */
    public void kept() {
        if (status == TextStatus.RECORDED && provider == TextProvider.OUTBOX) {
            return;
        }
        requireAwaitingDelivery();
        provider = TextProvider.OUTBOX;
        status = TextStatus.RECORDED;
        error = null;
        errorCode = null;
        retryable = false;
    }

    /**
     * What the carrier reported later (Twilio's status callback). Reports can arrive out of order and again: only a
     * later stage than the one recorded changes it, so a final word (delivered, undelivered, failed) stands.
     *
     * @return whether the record changed
     */
    public boolean carrierReported(String carrierStatus, String code) {
        String reported = CarrierStatus.checked(carrierStatus);
        if (CarrierStatus.rank(reported) <= CarrierStatus.rank(this.carrierStatus)) {
            return false;
        }
        this.carrierStatus = reported;
        if (code != null && !code.isBlank()) {
            this.errorCode = cut(code.strip(), 16);
        }
        return true;
    }

    private void attemptedBy(TextProvider by) {
        requireAwaitingDelivery();
        provider = Objects.requireNonNull(by, "by");
        attempts++;
    }

    private void requireAwaitingDelivery() {
        if (!awaitsDelivery()) {
            throw new RuleViolationException("outbox text " + id + " is " + status + " through " + provider
                    + ": it is not handed to a provider again");
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }

    public Long getId() {
        return id;
    }

    public String getCategory() {
        return category;
    }

    public Long getLeadId() {
        return leadId;
    }

    public Long getSentBy() {
        return sentBy;
    }

    public String getToPhone() {
        return toPhone;
    }

    public String getBody() {
        return body;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public TextProvider getProvider() {
        return provider;
    }

    public TextStatus getStatus() {
        return status;
    }

    /** The gate's reasons as a JSON array, when refused; null otherwise. */
    public String getRefusal() {
        return refusal;
    }

    public String getProviderMessageId() {
        return providerMessageId;
    }

    public String getError() {
        return error;
    }

    public String getErrorCode() {
        return errorCode;
    }

    public boolean isRetryable() {
        return retryable;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getCarrierStatus() {
        return carrierStatus;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    /** Without the number and the body, should it ever be logged. */
    @Override
    public String toString() {
        return "OutboxText[id=" + id + ", category=" + category + ", " + status + " through " + provider
                + ", attempts=" + attempts + "]";
    }
}
