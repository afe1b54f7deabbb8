package org.realtycrm.pipeline.entity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.realtycrm.platform.problem.InvalidInputException;

/**
 * A number on the company's own Do-Not-Call list, with where the request came from ("asked on a call with lead 42",
 * "SMS STOP from inbound text SM…"). Every opt-out in the product lands here and stays: the table refuses updates
 * and deletes. Only an opt-out by text can be answered, by the same number opting back in by text ({@link SmsOptIn}).
 */
@Entity
@Table(name = "dnc_internal")
public class DoNotCallEntry {

    public static final int MAX_SOURCE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** E.164. */
    @Column(nullable = false, updatable = false, length = 16)
    private String phone;

    @Column(nullable = false, updatable = false, length = MAX_SOURCE)
    private String source;

    /** Who recorded it; null when the system did (an SMS reply). */
    @Column(name = "added_by", updatable = false)
    private Long addedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** Put here by a text (STOP): a later opt-in by text (START) answers it ({@link SmsOptIn}). */
    @Column(name = "via_sms", nullable = false, updatable = false)
    private boolean viaSms;

    protected DoNotCallEntry() {
        // for JPA
    }

    /** @param e164 a number already normalised (PhoneNumbers) */
    public DoNotCallEntry(String e164, String source, Long addedBy, Instant at) {
        if (source == null || source.isBlank()) {
            throw new InvalidInputException("source", "must say where the request came from");
        }
        if (source.strip().length() > MAX_SOURCE) {
            throw new InvalidInputException("source", "must be at most " + MAX_SOURCE + " characters");
        }
        this.phone = e164;
        this.source = source.strip();
        this.addedBy = addedBy;
        this.createdAt = at.truncatedTo(ChronoUnit.MICROS); // what the database keeps
    }

    /** A number that replied STOP (or another opt-out word) to our texts. */
    public static DoNotCallEntry textOptOut(String e164, String source, Instant at) {
        DoNotCallEntry entry = new DoNotCallEntry(e164, source, null, at);
        entry.viaSms = true;
        return entry;
    }

    public boolean isViaSms() {
        return viaSms;
    }

    public Long getId() {
        return id;
    }

    public String getPhone() {
        return phone;
    }

    public String getSource() {
        return source;
    }

    public Long getAddedBy() {
        return addedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
