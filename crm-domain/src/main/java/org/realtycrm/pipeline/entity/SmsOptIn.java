package org.realtycrm.pipeline.entity;

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
 * A number that opted back in by text (START, UNSTOP, YES after a STOP): it answers the company list's entries that
 * texts put there before it ({@link DoNotCallEntry#isViaSms()}), not the ones an agent recorded. Kept for good, as
 * the entries are: the table refuses updates and deletes.
 */
@Entity
@Table(name = "dnc_internal_sms_opt_ins")
public class SmsOptIn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** E.164. */
    @Column(nullable = false, updatable = false, length = 16)
    private String phone;

    /** The text that said so. */
    @Column(name = "inbound_text_id", nullable = false, updatable = false)
    private long inboundTextId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SmsOptIn() {
        // for JPA
    }

    public SmsOptIn(String e164, long inboundTextId, Instant at) {
        this.phone = Objects.requireNonNull(e164, "e164");
        this.inboundTextId = inboundTextId;
        this.createdAt = at.truncatedTo(ChronoUnit.MICROS);
    }

    public Long getId() {
        return id;
    }

    public String getPhone() {
        return phone;
    }

    public long getInboundTextId() {
        return inboundTextId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
