package org.realtycrm.campaign.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.realtycrm.platform.sealing.BlindIndex;
import org.realtycrm.platform.sealing.SealedText;

/**
 * An email someone sent us, as SendGrid's Inbound Parse delivered it. Its key is unique: a hash of the sender's address
 * and the email's Message-ID, or, without one, a hash of what it says ({@link #keyOf}), so the same email delivered
 * again (SendGrid retrying, a replayed request) is not taken twice. What it was taken as ({@link InboundMailKind}) is
 * kept with it. The sender's address, the subject and the body are personal data and stored sealed; the body is cut
 * at {@link #MAX_BODY} characters (an email's quoted history adds nothing the agent needs).
 */
@Entity
@Table(name = "inbound_mails")
public class InboundMail {

    public static final int MAX_KEY = 255;
    public static final int MAX_SUBJECT = 998;
    public static final int MAX_BODY = 20_000;
    /** RFC 5321's longest address. */
    public static final int MAX_ADDRESS = 254;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_key", nullable = false, updatable = false, length = MAX_KEY)
    private String messageKey;

    @Column(name = "lead_id", updatable = false)
    private Long leadId;

    @Convert(converter = SealedText.class)
    @Column(name = "from_address", nullable = false, updatable = false)
    private String fromAddress;

    @Convert(converter = BlindIndex.Email.class)
    @Column(name = "from_index", nullable = false, updatable = false)
    private String fromIndex;

    /** Our address it reached (the reply address: not personal data). */
    @Column(name = "to_address", updatable = false, length = MAX_ADDRESS)
    private String toAddress;

    @Convert(converter = SealedText.class)
    @Column(nullable = false, updatable = false)
    private String subject;

    @Convert(converter = SealedText.class)
    @Column(nullable = false, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private InboundMailKind kind;

    /** SendGrid's (SpamAssassin's) score, when it sent one. */
    @Column(name = "spam_score", updatable = false)
    private Double spamScore;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    protected InboundMail() {
        // for JPA
    }

    /**
     * @param key    {@link #keyOf}
     * @param from   the sender's address, lower-cased
     * @param to     our address it was sent to; null when not known
     * @param leadId the lead it went to (found by the address, or made for it); null for none
     */
    public InboundMail(String key, String from, String to, String subject, String body, InboundMailKind kind,
            Double spamScore, Long leadId, Instant receivedAt) {
        this.messageKey = Objects.requireNonNull(key, "key");
        this.fromAddress = Objects.requireNonNull(from, "from");
        this.fromIndex = from;
        this.toAddress = to == null || to.isBlank() ? null : cut(to.strip(), MAX_ADDRESS);
        this.subject = subject == null ? "" : cut(subject.strip(), MAX_SUBJECT);
        this.body = body == null ? "" : cut(body.strip(), MAX_BODY);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.spamScore = spamScore;
        this.leadId = leadId;
        this.receivedAt = receivedAt.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * What makes an email the same email again: its sender's address with its Message-ID ({@code id:<hex>}, a SHA-256
     * of the lower-cased address, a line feed and the id), else a SHA-256 of its sender, recipients, subject and text
     * ({@code sha256:<hex>}). The sender is part of the key so that an email someone else sends first with another's
     * Message-ID does not make the real one a repeat; hashed, every key fits {@link #MAX_KEY} whatever the id's length.
     *
     * @param from the From header as sent ({@code Ana <ana@example.com>}) or the sender's address
     */
    public static String keyOf(Optional<String> messageId, String from, String to, String subject, String text) {
        if (messageId.isPresent()) {
            String address = MailSender.of(from).map(MailSender::address)
                    .orElseGet(() -> nonNull(from).strip().toLowerCase(Locale.ROOT));
            return "id:" + sha256(address + "\n" + messageId.get());
        }
        return "sha256:" + sha256(String.join("\u0000", nonNull(from), nonNull(to), nonNull(subject), nonNull(text)));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    /** Cut at a character, never inside a surrogate pair (PostgreSQL's text refuses half a character). */
    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    public Long getId() {
        return id;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Long getLeadId() {
        return leadId;
    }

    public String getFromAddress() {
        return fromAddress;
    }

    public String getToAddress() {
        return toAddress;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public InboundMailKind getKind() {
        return kind;
    }

    public Double getSpamScore() {
        return spamScore;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    @Override
    public String toString() {
        return "InboundMail[id=" + id + ", " + kind + "]";
    }
}
