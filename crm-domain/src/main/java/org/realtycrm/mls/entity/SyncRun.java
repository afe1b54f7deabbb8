package org.realtycrm.mls.entity;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.realtycrm.platform.entity.Tracked;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.RuleViolationException;

/**
 * One sync of a feed, for its history: when it ran, how many pages and records it handled, and the errors it met.
 * A run counts only while it is running; once finished it is a record of the past.
 */
@Entity
@Table(name = "mls_sync_runs")
public class SyncRun extends Tracked {

    /** The errors text keeps a run's first errors up to about this length; a last line says when more were left out. */
    public static final int MAX_ERRORS_LENGTH = 20_000;
    static final String LEFT_OUT = "(further errors left out)";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "feed_id", nullable = false, updatable = false)
    private long feedId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private SyncKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SyncStatus status = SyncStatus.RUNNING;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(nullable = false)
    private int pages;

    @Column(nullable = false)
    private int created;

    @Column(nullable = false)
    private int updated;

    @Column(nullable = false)
    private int deleted;

    /** Member records stored (new or changed). */
    @Column(nullable = false)
    private int members;

    /** Office records stored (new or changed). */
    @Column(nullable = false)
    private int offices;

    @Column(columnDefinition = "text")
    private String errors;

    protected SyncRun() {
        // for JPA
    }

    public SyncRun(long feedId, SyncKind kind, Instant startedAt) {
        this.feedId = feedId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
    }

    /** One page stored: its counts are added. */
    public void recordPage(int created, int updated, int deleted) {
        requireRunning();
        if (created < 0 || updated < 0 || deleted < 0) {
            throw new InvalidInputException("page", "counts must not be negative");
        }
        this.pages++;
        this.created += created;
        this.updated += updated;
        this.deleted += deleted;
    }

    /** A page of the roster stored: {@code stored} of its records were new or changed. */
    public void recordRoster(Roster roster, int stored) {
        requireRunning();
        if (stored < 0) {
            throw new InvalidInputException(roster.resource(), "the count must not be negative");
        }
        switch (roster) {
            case MEMBERS -> members += stored;
            case OFFICES -> offices += stored;
        }
    }

    /** A record or request that failed without failing the run (one line each). */
    public void recordError(String error) {
        requireRunning();
        String line = (error == null || error.isBlank() ? "unknown error" : error.strip()).replace('\n', ' ');
        String next = errors == null ? line : errors + "\n" + line;
        if (errors != null && errors.endsWith(LEFT_OUT)) {
            return;
        }
        errors = next.length() <= MAX_ERRORS_LENGTH ? next : (errors == null ? "" : errors + "\n") + LEFT_OUT;
    }

    public void succeed(Instant finishedAt) {
        finish(SyncStatus.SUCCEEDED, finishedAt);
    }

    public void fail(Instant finishedAt, String error) {
        recordError(error);
        finish(SyncStatus.FAILED, finishedAt);
    }

    private void finish(SyncStatus outcome, Instant at) {
        requireRunning();
        Objects.requireNonNull(at, "finishedAt");
        if (at.isBefore(startedAt)) {
            throw new InvalidInputException("finishedAt", "is before the run started");
        }
        status = outcome;
        finishedAt = at;
    }

    private void requireRunning() {
        if (status != SyncStatus.RUNNING) {
            throw new RuleViolationException("sync run " + id + " has finished (" + status + ")");
        }
    }

    public Long getId() {
        return id;
    }

    public long getFeedId() {
        return feedId;
    }

    public SyncKind getKind() {
        return kind;
    }

    public SyncStatus getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public int getPages() {
        return pages;
    }

    public int getCreated() {
        return created;
    }

    public int getUpdated() {
        return updated;
    }

    public int getDeleted() {
        return deleted;
    }

    public int getMembers() {
        return members;
    }

    public int getOffices() {
        return offices;
    }

    public String getErrors() {
        return errors;
    }
}
