package org.realtycrm.campaign.entity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

import org.realtycrm.platform.sealing.BlindIndex;
import org.realtycrm.platform.sealing.SealedText;

/**
 * A text someone sent us, as Twilio delivered it. Its message SID is unique: the same message delivered again (a
 * replayed request) is not taken twice. What it was taken as ({@link TextKeyword}) is kept with it. The sender's
 * number and the body are personal data and stored sealed.
 */
@Entity
@Table(name = "inbound_texts")
public class InboundText {

    public static final int MAX_SID = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_sid", nullable = false, updatable = false, length = MAX_SID)
    private String messageSid;

    @Column(name = "lead_id", updatable = false)
    private Long leadId;

    @Convert(converter = SealedText.class)
    @Column(name = "from_phone", nullable = false, updatable = false)
    private String fromPhone;

    @Convert(converter = BlindIndex.Phone.class)
    @Column(name = "from_index", nullable = false, updatable = false)
    private String fromIndex;

    @Column(name = "to_phone", nullable = false, updatable = false, length = 16)
    private String toPhone;

    @Convert(converter = SealedText.class)
    @Column(nullable = false, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private TextKeyword keyword;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    protected InboundText() {
        // for JPA
    }

    /**
     * @param from    the sender in E.164
     * @param to      our number it reached, in E.164
     * @param keyword what it was taken as
     * @param leadId  the lead it belongs to (found by the number, or made for it); null for none
     */
    public InboundText(String messageSid, String from, String to, String body, TextKeyword keyword, Long leadId,
            Instant receivedAt) {
        this.messageSid = Objects.requireNonNull(messageSid, "messageSid");
        this.fromPhone = Objects.requireNonNull(from, "from");
        this.fromIndex = from;
        this.toPhone = Objects.requireNonNull(to, "to");
        this.body = body == null ? "" : body;
        this.keyword = Objects.requireNonNull(keyword, "keyword");
        this.leadId = leadId;
        this.receivedAt = receivedAt.truncatedTo(ChronoUnit.MICROS);
    }

    public Long getId() {
        return id;
    }

    public String getMessageSid() {
        return messageSid;
    }

    public Long getLeadId() {
        return leadId;
    }

    public String getFromPhone() {
        return fromPhone;
    }

    public String getToPhone() {
        return toPhone;
    }

    public String getBody() {
        return body;
    }

    public TextKeyword getKeyword() {
        return keyword;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    @Override
    public String toString() {
        return "InboundText[id=" + id + ", " + messageSid + ", " + keyword + "]";
    }
}
