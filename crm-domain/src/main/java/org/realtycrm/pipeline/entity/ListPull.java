package org.realtycrm.pipeline.entity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One list received from a source: its file (kept in the document store) and what its run made of it. The counts
 * are written by the run's steps with each chunk they commit, which is why this class only reads them.
 */
@Entity
@Table(name = "pipeline_pulls")
public class ListPull {

    public static final int MAX_FILE_NAME = 255;

    /** A run's steps, in their order. */
    public static final List<PullStatus> STEPS = List.of(PullStatus.PARSING, PullStatus.TRACING,
            PullStatus.SCRUBBING, PullStatus.IMPORTING, PullStatus.EXPORTING);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "source_id", nullable = false, updatable = false)
    private long sourceId;

    @Column(name = "file_name", nullable = false, updatable = false, length = MAX_FILE_NAME)
    private String fileName;

    @Column(name = "document_key", nullable = false, updatable = false, length = 1000)
    private String documentKey;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "source_marker", updatable = false, length = 500)
    private String sourceMarker;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PullStatus status;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    /** The step the run is in, or was in when it stopped; {@code null} before its first step. */
    @Enumerated(EnumType.STRING)
    @Column(name = "run_step", length = 12)
    private PullStatus runStep;

    @Column(length = 120)
    private String runner;

    @Column(name = "rows_read", insertable = false, updatable = false)
    private long rowsRead;

    @Column(name = "rows_kept", insertable = false, updatable = false)
    private long rowsKept;

    @Column(name = "rows_filtered", insertable = false, updatable = false)
    private long rowsFiltered;

    @Column(name = "rows_rejected", insertable = false, updatable = false)
    private long rowsRejected;

    @Column(name = "properties_created", insertable = false, updatable = false)
    private long propertiesCreated;

    @Column(name = "properties_matched", insertable = false, updatable = false)
    private long propertiesMatched;

    @Column(name = "owners_traced", insertable = false, updatable = false)
    private long ownersTraced;

    @Column(name = "owners_found", insertable = false, updatable = false)
    private long ownersFound;

    @Column(name = "owners_cached", insertable = false, updatable = false)
    private long ownersCached;

    @Column(name = "trace_cost_cents", insertable = false, updatable = false)
    private long traceCostCents;

    /** The Do-Not-Call scrub of the list's traced phones (its report); {@code null} until the scrub step ran. */
    @Column(name = "scrub_id")
    private Long scrubId;

    @Column(name = "imported_up_to_line", insertable = false, updatable = false)
    private long importedUpToLine;

    @Column(name = "leads_created", insertable = false, updatable = false)
    private long leadsCreated;

    @Column(name = "leads_merged", insertable = false, updatable = false)
    private long leadsMerged;

    @Column(name = "rows_without_contact", insertable = false, updatable = false)
    private long rowsWithoutContact;

    @Column(insertable = false, updatable = false)
    private long responses;

    @Column(length = 1000)
    private String error;

    @Column(name = "received_by_id", updatable = false)
    private Long receivedById;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected ListPull() {
        // for JPA
    }

    /**
     * @param sourceMarker the file's version at the source; {@code null} for an upload
     * @param receivedById who uploaded it; {@code null} when the poller picked it up
     * @param runner       the node that received it and starts its run
     */
    public ListPull(long sourceId, String fileName, String documentKey, long sizeBytes, String sourceMarker,
            Long receivedById, String runner, Instant at) {
        this.sourceId = sourceId;
        this.sourceMarker = sourceMarker == null || sourceMarker.length() <= 500 ? sourceMarker
                : sourceMarker.substring(0, 500);
        this.runner = runner;
        String name = fileName == null || fileName.isBlank() ? "list.csv" : fileName.strip();
        this.fileName = name.length() > MAX_FILE_NAME ? name.substring(name.length() - MAX_FILE_NAME) : name;
        this.documentKey = documentKey;
        this.sizeBytes = sizeBytes;
        this.receivedById = receivedById;
        this.receivedAt = at.truncatedTo(ChronoUnit.MICROS);
        this.status = PullStatus.RECEIVED;
    }

    /** Its run began, as {@code executionId} of the batch runtime on the node {@code runner}. */
    public void started(long executionId, String runner) {
        this.jobExecutionId = executionId;
        this.runner = runner;
        this.status = PullStatus.PARSING;
        this.error = null;
        this.finishedAt = null;
    }

    /** Its run is to go on after a stop: waiting for it again, the last error cleared by the run's start. */
    public void restartRequested() {
        if (!isRestartable()) {
            throw new IllegalStateException("pull " + id + " is " + status + ": only a stopped run restarts");
        }
        this.status = PullStatus.RECEIVED;
        this.finishedAt = null;
    }

    /**
     * The run's step {@code step} began: its status says which, while the list is not done. A partitioned step begins
     * once per part; the parts after the first change nothing.
     */
    public void stepStarted(PullStatus step) {
        if (!STEPS.contains(step)) {
            throw new IllegalArgumentException(step + " is not a step of a run");
        }
        if (status != step || runStep != step) {
            this.status = step;
            this.runStep = step;
        }
    }

    /**
     * Where the run stands on one of its steps ({@code PARSING} to {@code EXPORTING}): the steps before the one it is
     * in (or stopped in) are done, the ones after it waiting. A restarted run waits to resume its step; at a
     * restart's start the status says PARSING for a moment while the step stays the one it resumes.
     */
    public StepState stateOf(PullStatus step) {
        if (!STEPS.contains(step)) {
            throw new IllegalArgumentException(step + " is not a step of a run");
        }
        if (status == PullStatus.DONE) {
            return StepState.DONE;
        }
        PullStatus current = runStep != null ? runStep : STEPS.contains(status) ? status : null;
        if (current == null) {
            // stopped before its first step began (its job could not start): the first step is where it stopped
            return status == PullStatus.FAILED && step == PullStatus.PARSING ? StepState.FAILED : StepState.WAITING;
        }
        int order = step.compareTo(current);
        if (order != 0) {
            return order < 0 ? StepState.DONE : StepState.WAITING;
        }
        return switch (status) {
            case FAILED -> StepState.FAILED;
            case RECEIVED -> StepState.WAITING;
            default -> StepState.RUNNING;
        };
    }

    /** The scrub step stored its report; a restart does not scrub the list again. */
    public void scrubbed(long scrub) {
        this.scrubId = scrub;
    }

    public void finished(Instant at) {
        this.status = PullStatus.DONE;
        this.error = null;
        this.finishedAt = at;
    }

    /**
     * The run stopped. When it has already stopped (a partitioned step stops once per failing part, then the run
     * ends), the first reason stays: it is the one that says what went wrong.
     *
     * @return whether this stopped it ({@code false}: it had stopped already)
     */
    public boolean failed(String reason, Instant at) {
        if (status == PullStatus.FAILED) {
            return false;
        }
        this.status = PullStatus.FAILED;
        String text = reason == null || reason.isBlank() ? "the run stopped" : reason;
        this.error = text.length() > 1000 ? text.substring(0, 1000) : text;
        this.finishedAt = at;
        return true;
    }

    /** Whether its run is still to finish: received, or running (or was, when its node died). */
    public boolean isUnfinished() {
        return status == PullStatus.RECEIVED || status == PullStatus.PARSING || status == PullStatus.TRACING
                || status == PullStatus.SCRUBBING || status == PullStatus.IMPORTING || status == PullStatus.EXPORTING;
    }

    /** Whether its run can be restarted: it stopped before the end. */
    public boolean isRestartable() {
        return status == PullStatus.FAILED && jobExecutionId != null;
    }

    public Long getId() {
        return id;
    }

    public long getSourceId() {
        return sourceId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getDocumentKey() {
        return documentKey;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public PullStatus getStatus() {
        return status;
    }

    public String getRunner() {
        return runner;
    }

    public PullStatus getRunStep() {
        return runStep;
    }

    public Long getJobExecutionId() {
        return jobExecutionId;
    }

    public long getRowsRead() {
        return rowsRead;
    }

    public long getRowsKept() {
        return rowsKept;
    }

    public long getRowsFiltered() {
        return rowsFiltered;
    }

    public long getRowsRejected() {
        return rowsRejected;
    }

    public long getPropertiesCreated() {
        return propertiesCreated;
    }

    public long getPropertiesMatched() {
        return propertiesMatched;
    }

    public long getOwnersTraced() {
        return ownersTraced;
    }

    public long getOwnersFound() {
        return ownersFound;
    }

    public long getOwnersCached() {
        return ownersCached;
    }

    public long getTraceCostCents() {
        return traceCostCents;
    }

    public Long getScrubId() {
        return scrubId;
    }

    /** The import step's position: the rows up to this line are leads (or had nobody to reach). */
    public long getImportedUpToLine() {
        return importedUpToLine;
    }

    public long getLeadsCreated() {
        return leadsCreated;
    }

    public long getLeadsMerged() {
        return leadsMerged;
    }

    public long getRowsWithoutContact() {
        return rowsWithoutContact;
    }

    public long getResponses() {
        return responses;
    }

    public String getError() {
        return error;
    }

    public Long getReceivedById() {
        return receivedById;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
