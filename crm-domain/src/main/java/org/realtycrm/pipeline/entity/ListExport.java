package org.realtycrm.pipeline.entity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A list's file for one platform, kept in the document store; written once. */
@Entity
@Table(name = "pipeline_exports")
public class ListExport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "pull_id", nullable = false, updatable = false)
    private long pullId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private ExportPlatform platform;

    @Column(name = "document_key", nullable = false, updatable = false, length = 1000)
    private String documentKey;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false)
    private long owners;

    @Column(name = "rows_written", nullable = false, updatable = false)
    private long rowsWritten;

    @Column(name = "owners_left_out", nullable = false, updatable = false)
    private long ownersLeftOut;

    @Column(name = "phones_suppressed", nullable = false, updatable = false)
    private long phonesSuppressed;

    @Column(name = "created_by_id", updatable = false)
    private Long createdById;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ListExport() {
        // for JPA
    }

    /** What writing the file counted. */
    public record Counts(long owners, long rowsWritten, long ownersLeftOut, long phonesSuppressed) {
    }

    public ListExport(long pullId, ExportPlatform platform, String documentKey, long sizeBytes, Counts counts,
            Long createdById, Instant at) {
        this.pullId = pullId;
        this.platform = platform;
        this.documentKey = documentKey;
        this.sizeBytes = sizeBytes;
        this.owners = counts.owners();
        this.rowsWritten = counts.rowsWritten();
        this.ownersLeftOut = counts.ownersLeftOut();
        this.phonesSuppressed = counts.phonesSuppressed();
        this.createdById = createdById;
        this.createdAt = at.truncatedTo(ChronoUnit.MICROS);
    }

    /** The file's name when downloaded: {@code list-12-meta-7.csv}. */
    public String fileName() {
        return "list-" + pullId + "-" + platform.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + id + ".csv";
    }

    public Long getId() {
        return id;
    }

    public long getPullId() {
        return pullId;
    }

    public ExportPlatform getPlatform() {
        return platform;
    }

    public String getDocumentKey() {
        return documentKey;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public long getOwners() {
        return owners;
    }

    public long getRowsWritten() {
        return rowsWritten;
    }

    public long getOwnersLeftOut() {
        return ownersLeftOut;
    }

    public long getPhonesSuppressed() {
        return phonesSuppressed;
    }

    public Long getCreatedById() {
        return createdById;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
