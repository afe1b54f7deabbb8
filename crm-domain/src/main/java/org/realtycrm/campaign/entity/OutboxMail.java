package org.realtycrm.campaign.entity;

import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
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
import org.realtycrm.platform.sealing.SealedText;

/**
 * One message in the outbox: every message the product sends is recorded here first, whichever provider sends it,
 * so that what went out (or would have, on a server that only keeps its mail) can be read back. Its idempotency key
 * is unique: a message is recorded once, and a second request with the same key is answered with this record.
 *
 * <p>What a message said stays as recorded. Its delivery moves it on: the outbox provider keeps it
 * ({@link MailStatus#RECORDED}); a sending provider either accepted it ({@link MailStatus#SENT}, final) or failed
 * ({@link MailStatus#FAILED}): a permanent failure is final too, one marked retryable may be attempted again. The
 * recipient, their name and both bodies are personal data and stored sealed ({@link SealedText}), as a lead's email
 * and notes are.
 */
@Entity
@Table(name = "outbox_mails")
public class OutboxMail extends Tracked {

    public static final int MAX_ERROR = 1_000;
    public static final int MAX_MESSAGE_ID = 200;

    private static final JsonProvider JSON = JsonProvider.provider();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 40)
    private String category;

    @Convert(converter = SealedText.class)
    @Column(name = "to_address", nullable = false, updatable = false)
    private String toAddress;

    @Convert(converter = SealedText.class)
    @Column(name = "to_name", updatable = false)
    private String toName;

    @Column(nullable = false, updatable = false, length = OutgoingMail.MAX_SUBJECT)
    private String subject;

    @Convert(converter = SealedText.class)
    @Column(name = "text_body", nullable = false, updatable = false)
    private String textBody;

    @Convert(converter = SealedText.class)
    @Column(name = "html_body", updatable = false)
    private String htmlBody;

    /** A JSON object of the extra headers, name → value. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    private String headers;

    @Column(name = "idempotency_key", nullable = false, updatable = false, length = OutgoingMail.MAX_KEY)
    private String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MailProvider provider;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MailStatus status = MailStatus.RECORDED;

    @Column(name = "provider_message_id", length = MAX_MESSAGE_ID)
    private String providerMessageId;

    @Column(length = MAX_ERROR)
    private String error;

    /** Whether a failure may be attempted again: the provider was busy or could not be reached. */
    @Column(nullable = false)
    private boolean retryable;

    /** How often it was handed to a sending provider. */
    @Column(nullable = false)
    private int attempts;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMail() {
        // for JPA
    }

    private OutboxMail(OutgoingMail mail, MailProvider provider) {
        this.category = mail.category();
        this.toAddress = mail.toAddress();
        this.toName = mail.toName();
        this.subject = mail.subject();
        this.textBody = mail.text();
        this.htmlBody = mail.html();
        this.headers = headersJson(mail.headers());
        this.idempotencyKey = mail.idempotencyKey();
        this.provider = Objects.requireNonNull(provider, "provider");
    }

    /**
     * A message as the outbox records it before any provider sees it. With the {@link MailProvider#OUTBOX outbox}
     * provider, that is all that ever happens to it.
     */
    public static OutboxMail record(OutgoingMail mail, MailProvider provider) {
        return new OutboxMail(Objects.requireNonNull(mail, "mail"), provider);
    }

    /** The message as it was asked for, to hand it to a provider (again). */
    public OutgoingMail outgoing() {
        return new OutgoingMail(toAddress, toName, subject, textBody, htmlBody, category, getHeaders(),
                idempotencyKey);
    }

    /**
     * Whether a provider may be handed this message: a sending provider's message recorded and not yet answered, or
     * a failure marked retryable. A sent message, a permanent failure and a message the outbox only keeps are done.
     */
    public boolean awaitsDelivery() {
        return status == MailStatus.RECORDED && provider != MailProvider.OUTBOX || mayRetry();
    }

    /** Whether a later caller (the campaigns' queue) may attempt it again. */
    public boolean mayRetry() {
        return status == MailStatus.FAILED && retryable;
    }

    /** {@code by} accepted it, under its own message id (null if it named none). */
    public void sent(MailProvider by, String messageId, Instant at) {
        attemptedBy(by);
        status = MailStatus.SENT;
        providerMessageId = messageId == null || messageId.isBlank() ? null : cut(messageId.strip(), MAX_MESSAGE_ID);
        sentAt = Objects.requireNonNull(at, "at");
        error = null;
        retryable = false;
    }

    /**
     * {@code by} refused it or could not be reached.
     *
     * @param retryable whether trying again later may succeed (the provider was busy or down), as opposed to a
     *                  refusal that would be repeated (a bad address, an unverified sender)
     */
    public void failed(MailProvider by, String reason, boolean retryable) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a failure has a reason");
        }
        attemptedBy(by);
        status = MailStatus.FAILED;
        error = cut(reason.strip(), MAX_ERROR);
        this.retryable = retryable;
    }

    /**
     * The outbox provider's answer: kept, not sent. A message the outbox recorded is kept already (nothing changes);
     * a retried failure ends here when the server no longer sends mail.
     */
    public void kept() {
        if (status == MailStatus.RECORDED && provider == MailProvider.OUTBOX) {
            return;
        }
        requireAwaitingDelivery();
        provider = MailProvider.OUTBOX;
        status = MailStatus.RECORDED;
        error = null;
        retryable = false;
    }

    private void attemptedBy(MailProvider by) {
        requireAwaitingDelivery();
        provider = Objects.requireNonNull(by, "by");
        attempts++;
    }

    private void requireAwaitingDelivery() {
        if (!awaitsDelivery()) {
            throw new RuleViolationException("outbox mail " + id + " is " + status + (status == MailStatus.FAILED
                    ? " for good" : "") + " through " + provider + ": it is not handed to a provider again");
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }

    private static String headersJson(Map<String, String> headers) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        headers.forEach(json::add);
        return json.build().toString();
    }

    public Long getId() {
        return id;
    }

    public String getCategory() {
        return category;
    }

    public String getToAddress() {
        return toAddress;
    }

    public String getToName() {
        return toName;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    /** The extra headers, name → value (their order is not kept: the column is jsonb). */
    public Map<String, String> getHeaders() {
        Map<String, String> parsed = new LinkedHashMap<>();
        try (JsonReader reader = JSON.createReader(new StringReader(headers))) {
            JsonObject object = reader.readObject();
            for (Map.Entry<String, JsonValue> header : object.entrySet()) {
                parsed.put(header.getKey(), ((JsonString) header.getValue()).getString());
            }
        }
        return parsed;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public MailProvider getProvider() {
        return provider;
    }

    public MailStatus getStatus() {
        return status;
    }

    public String getProviderMessageId() {
        return providerMessageId;
    }

    public String getError() {
        return error;
    }

    public boolean isRetryable() {
        return retryable;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    /** Without the recipient and the bodies, should it ever be logged. */
    @Override
    public String toString() {
        return "OutboxMail[id=" + id + ", category=" + category + ", " + status + " through " + provider
                + ", attempts=" + attempts + "]";
    }
}
