package org.realtycrm.pipeline.entity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * A list scrubbed against the Do-Not-Call registry: how many rows came in, how many may be called, how many were
 * suppressed and why, and which version of each list decided it. Its suppressions (one row per number and reason)
 * are kept with it. Written once.
 */
@Entity
@Table(name = "dnc_scrubs")
public class Scrub {

    public static final int MAX_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = MAX_NAME)
    private String name;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private long requestedBy;

    @Column(name = "rows_read", nullable = false, updatable = false)
    private long rowsRead;

    @Column(nullable = false, updatable = false)
    private long callable;

    @Column(nullable = false, updatable = false)
    private long suppressed;

    @Column(nullable = false, updatable = false)
    private long rejected;

    /** JSON: reason → count. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "reason_counts", nullable = false, updatable = false)
    private String reasonCounts;

    /** JSON: the lists consulted and their versions. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "lists_used", nullable = false, updatable = false)
    private String listsUsed;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Scrub() {
        // for JPA
    }

    public Scrub(String name, long requestedBy, long rowsRead, long callable, long suppressed, long rejected,
            String reasonCounts, String listsUsed, Instant at) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "must not be blank");
        }
        if (name.strip().length() > MAX_NAME) {
            throw new InvalidInputException("name", "must be at most " + MAX_NAME + " characters");
        }
        this.name = name.strip();
        this.requestedBy = requestedBy;
        this.rowsRead = rowsRead;
        this.callable = callable;
        this.suppressed = suppressed;
        this.rejected = rejected;
        this.reasonCounts = reasonCounts;
        this.listsUsed = listsUsed;
        this.createdAt = at.truncatedTo(ChronoUnit.MICROS); // what the database keeps
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public long getRequestedBy() {
        return requestedBy;
    }

    public long getRowsRead() {
        return rowsRead;
    }

    public long getCallable() {
        return callable;
    }

    public long getSuppressed() {
        return suppressed;
    }

    public long getRejected() {
        return rejected;
    }

    public String getReasonCounts() {
        return reasonCounts;
    }

    public String getListsUsed() {
        return listsUsed;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
