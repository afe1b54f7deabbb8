package org.realtycrm.pipeline.entity;

import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;

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

    /** Who asked for the scrub; {@code null} when the pipeline ran it for a list that arrived by itself. */
    @Column(name = "requested_by", updatable = false)
    private Long requestedBy;

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

    /**
     * @param reasons   how many numbers each reason took out
     * @param listsUsed every list consulted and its version ("federal 202" → "federal of 2026-12-01 (load 12)")
     */
    public Scrub(String name, Long requestedBy, long rowsRead, long callable, long suppressed, long rejected,
            Map<SuppressionReason, Long> reasons, Map<String, String> listsUsed, Instant at) {
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
        JsonObjectBuilder counts = Json.createObjectBuilder();
        reasons.forEach((reason, count) -> counts.add(reason.name(), count));
        this.reasonCounts = counts.build().toString();
        JsonObjectBuilder versions = Json.createObjectBuilder();
        listsUsed.forEach(versions::add);
        this.listsUsed = versions.build().toString();
        this.createdAt = at.truncatedTo(ChronoUnit.MICROS); // what the database keeps
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Long getRequestedBy() {
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

    /** Reason → how many numbers it took out, in the stored order. */
    public Map<String, Long> getReasonCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        read(reasonCounts).forEach((reason, count) -> counts.put(reason, ((JsonNumber) count).longValue()));
        return counts;
    }

    /** Every list consulted → its version. */
    public Map<String, String> getListsUsed() {
        Map<String, String> versions = new LinkedHashMap<>();
        read(listsUsed).forEach((list, version) -> versions.put(list, ((JsonString) version).getString()));
        return versions;
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
