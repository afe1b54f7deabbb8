package org.realtycrm.campaign.entity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.realtycrm.platform.sealing.BlindIndex;
import org.realtycrm.platform.sealing.SealedText;

/**
 * An address that gets no marketing email again, and why ("unsubscribed from outbox mail 42 (SendGrid)", "reported
 * outbox mail 42 as spam"). Kept for good: the table refuses updates and deletes. Sealed, found by its blind index.
 */
@Entity
@Table(name = "email_opt_outs")
public class EmailOptOut {

    public static final int MAX_SOURCE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Convert(converter = SealedText.class)
    @Column(nullable = false, updatable = false)
    private String email;

    @Convert(converter = BlindIndex.Email.class)
    @Column(name = "email_index", nullable = false, updatable = false)
    private String emailIndex;

    @Column(nullable = false, updatable = false, length = MAX_SOURCE)
    private String source;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected EmailOptOut() {
        // for JPA
    }

    /** @param email an address already normalised (lower case), as the outbox keeps it */
    public EmailOptOut(String email, String source, Instant at) {
        this.email = Objects.requireNonNull(email, "email");
        this.emailIndex = email;
        String why = Objects.requireNonNull(source, "source").strip();
        this.source = why.length() <= MAX_SOURCE ? why : why.substring(0, MAX_SOURCE - 3) + "...";
        this.createdAt = at.truncatedTo(ChronoUnit.MICROS);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getSource() {
        return source;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
