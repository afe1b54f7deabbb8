package org.realtycrm.platform.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.realtycrm.platform.problem.RuleViolationException;

/**
 * One backup: an encrypted archive of the database (a {@code pg_dump} in custom format) and of the documents only we
 * hold, stored in the document store under {@link #getObjectKey()}. A backup runs, then either succeeds with what it
 * stored or fails with its reason; a stored one is later deleted by retention. Nothing else changes it.
 */
@Entity
@Table(name = "backups")
public class Backup extends Tracked {

    /** The error text keeps about this much of a failure's message. */
    static final int MAX_ERROR_LENGTH = 4_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private BackupTrigger trigger;

    @Column(name = "scheduled_for", updatable = false)
    private LocalDate scheduledFor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BackupStatus status = BackupStatus.RUNNING;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "started_by", updatable = false)
    private Long startedBy;

    @Column(nullable = false, updatable = false, length = 200)
    private String runner;

    @Column(name = "object_key", length = 512)
    private String objectKey;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(length = 64)
    private String sha256;

    @Column(name = "key_version")
    private Integer keyVersion;

    private Integer tables;

    @Column(name = "table_rows")
    private Long tableRows;

    private Integer documents;

    @Column(columnDefinition = "text")
    private String error;

    protected Backup() {
        // for JPA
    }

    private Backup(BackupTrigger trigger, LocalDate scheduledFor, Long startedBy, String runner, Instant startedAt) {
        this.trigger = trigger;
        this.scheduledFor = scheduledFor;
        this.startedBy = startedBy;
        this.runner = Objects.requireNonNull(runner, "runner");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
    }

    /** The daily backup of {@code day}: at most one per day, whichever server's timer comes first. */
    public static Backup scheduled(LocalDate day, String runner, Instant startedAt) {
        return new Backup(BackupTrigger.SCHEDULED, Objects.requireNonNull(day, "day"), null, runner, startedAt);
    }

    /** A backup an administrator asked for now. */
    public static Backup manual(long administratorId, String runner, Instant startedAt) {
        return new Backup(BackupTrigger.MANUAL, null, administratorId, runner, startedAt);
    }

    /** The archive is in the store: what it holds, where, and how to check it. */
    public void succeed(StoredBackup stored, Instant at) {
        requireStatus(BackupStatus.RUNNING);
        Objects.requireNonNull(stored, "stored");
        objectKey = stored.objectKey();
        sizeBytes = stored.sizeBytes();
        sha256 = stored.sha256();
        keyVersion = stored.keyVersion();
        tables = stored.tables();
        tableRows = stored.tableRows();
        documents = stored.documents();
        finish(BackupStatus.SUCCEEDED, at);
    }

    public void fail(String reason, Instant at) {
        requireStatus(BackupStatus.RUNNING);
        String text = reason == null || reason.isBlank() ? "unknown error" : reason.strip();
        error = text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH) + "…";
        finish(BackupStatus.FAILED, at);
    }

    /** Retention removed the archive from the store; the record stays as history. */
    public void deleted() {
        requireStatus(BackupStatus.SUCCEEDED);
        status = BackupStatus.DELETED;
    }

    private void finish(BackupStatus outcome, Instant at) {
        Objects.requireNonNull(at, "at");
        status = outcome;
        finishedAt = at.isBefore(startedAt) ? startedAt : at;
    }

    private void requireStatus(BackupStatus wanted) {
        if (status != wanted) {
            throw new RuleViolationException("backup " + id + " is " + status + ", not " + wanted);
        }
    }

    public Long getId() {
        return id;
    }

    public BackupTrigger getTrigger() {
        return trigger;
    }

    public LocalDate getScheduledFor() {
        return scheduledFor;
    }

    public BackupStatus getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Long getStartedBy() {
        return startedBy;
    }

    public String getRunner() {
        return runner;
    }

    public String getObjectKey() {
        return objectKey;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public Integer getKeyVersion() {
        return keyVersion;
    }

    public Integer getTables() {
        return tables;
    }

    public Long getTableRows() {
        return tableRows;
    }

    public Integer getDocuments() {
        return documents;
    }

    public String getError() {
        return error;
    }
}
