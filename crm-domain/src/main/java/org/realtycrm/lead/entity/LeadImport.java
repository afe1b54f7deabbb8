package org.realtycrm.lead.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.realtycrm.platform.entity.Tracked;

/**
 * One uploaded CSV file of leads and how its import went. Progress (status, counts, times) is written by the
 * import job set-based, in the transaction of each chunk, so this entity is read-only after it is created.
 */
@Entity
@Table(name = "lead_imports")
public class LeadImport extends Tracked {

    public static final int MAX_FILE_NAME_LENGTH = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name", nullable = false, updatable = false, length = MAX_FILE_NAME_LENGTH)
    private String fileName;

    @Column(name = "stored_path", nullable = false, updatable = false, length = 1000)
    private String storedPath;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "imported_by_id", nullable = false, updatable = false)
    private long importedById;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ImportStatus status = ImportStatus.QUEUED;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(length = 120)
    private String runner;

    @Column(name = "rows_read", nullable = false)
    private long rowsRead;

    @Column(name = "total_rows")
    private Long totalRows;

    @Column(nullable = false)
    private long imported;

    @Column(nullable = false)
    private long duplicates;

    @Column(nullable = false)
    private long rejected;

    @Column(length = 500)
    private String failure;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected LeadImport() {
        // for JPA
    }

    /**
     * @param fileName the name the uploader gave the file, shortened to fit (it is only shown, never opened)
     * @param runner   the server instance that will run the job
     */
    public LeadImport(String fileName, String storedPath, long sizeBytes, long importedById, String runner) {
        String name = Objects.requireNonNullElse(fileName, "").strip();
        name = name.isEmpty() ? "upload.csv" : name;
        this.fileName = name.length() > MAX_FILE_NAME_LENGTH ? name.substring(0, MAX_FILE_NAME_LENGTH) : name;
        this.storedPath = Objects.requireNonNull(storedPath, "storedPath");
        this.sizeBytes = sizeBytes;
        this.importedById = importedById;
        this.runner = runner;
    }

    /** Whether this caller may see it: admins see every import, everyone else those of the agents whose leads they see. */
    public boolean isVisibleTo(LeadVisibility visibility) {
        return visibility.allowsAgent(importedById);
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getStoredPath() {
        return storedPath;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public long getImportedById() {
        return importedById;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public Long getExecutionId() {
        return executionId;
    }

    public String getRunner() {
        return runner;
    }

    public long getRowsRead() {
        return rowsRead;
    }

    /** The file's rows below the header; empty until the job has counted them. */
    public Optional<Long> getTotalRows() {
        return Optional.ofNullable(totalRows);
    }

    /**
     * How much of the file is done, 0 to 100: the rows that have committed of the rows in the file. A running import
     * shows at most 99, so 100 always means finished.
     */
    public int percentDone() {
        if (status.isFinished()) {
            return 100;
        }
        if (totalRows == null || totalRows == 0) {
            return 0;
        }
        return (int) Math.max(0, Math.min(99, rowsRead * 100 / totalRows));
    }

    public long getImported() {
        return imported;
    }

    public long getDuplicates() {
        return duplicates;
    }

    public long getRejected() {
        return rejected;
    }

    public String getFailure() {
        return failure;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    /**
     * The rows read per second from the import's start to its end (a resumed import's time includes the time it
     * waited for its server to come back); empty until it has finished.
     */
    public OptionalDouble rowsPerSecond() {
        return rowsPerSecond(rowsRead, startedAt, finishedAt);
    }

    static OptionalDouble rowsPerSecond(long rows, Instant started, Instant finished) {
        if (started == null || finished == null) {
            return OptionalDouble.empty();
        }
        // at least a millisecond: a small file's start and end may fall in the same one
        double seconds = Math.max(1, Duration.between(started, finished).toMillis()) / 1000.0;
        return OptionalDouble.of(rows / seconds);
    }
}
