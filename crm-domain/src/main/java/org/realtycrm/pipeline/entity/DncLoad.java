package org.realtycrm.pipeline.entity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.realtycrm.platform.problem.InvalidInputException;

/**
 * One list file loaded: the record an auditor asks for (who loaded which file, of which date, with what effect).
 * Written once, never changed.
 */
@Entity
@Table(name = "dnc_loads")
public class DncLoad {

    /** How long the file name kept may be. */
    public static final int MAX_FILE_NAME = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Convert(converter = DncListKeyConverter.class)
    @Column(name = "list_key", nullable = false, updatable = false, length = 16)
    private DncListKey list;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private DncLoadKind kind;

    @Column(name = "file_name", nullable = false, updatable = false, length = MAX_FILE_NAME)
    private String fileName;

    @Column(name = "data_date", nullable = false, updatable = false)
    private LocalDate dataDate;

    @Column(name = "area_codes", nullable = false, updatable = false)
    private int areaCodes;

    @Column(name = "numbers_added", nullable = false, updatable = false)
    private long numbersAdded;

    @Column(name = "numbers_deleted", nullable = false, updatable = false)
    private long numbersDeleted;

    @Column(name = "lines_read", nullable = false, updatable = false)
    private long linesRead;

    @Column(name = "lines_rejected", nullable = false, updatable = false)
    private long linesRejected;

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    private String rejects;

    @Column(name = "loaded_by", nullable = false, updatable = false)
    private long loadedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected DncLoad() {
        // for JPA
    }

    /**
     * @param dataDate the day the provider produced the data (the National Registry's download date); never after
     *                 {@code today}
     */
    public DncLoad(DncListKey list, DncLoadKind kind, String fileName, LocalDate dataDate, LocalDate today,
            long loadedBy, Instant at) {
        this.list = Objects.requireNonNull(list);
        this.kind = Objects.requireNonNull(kind);
        if (kind != DncLoadKind.FULL && !list.isFederal()) {
            throw new InvalidInputException("kind", "a state or litigator list is loaded whole (FULL)");
        }
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        this.fileName = name.length() > MAX_FILE_NAME ? name.substring(0, MAX_FILE_NAME) : name;
        if (dataDate == null) {
            throw new InvalidInputException("dataDate", "must be given: the day the list was downloaded");
        }
        if (dataDate.isAfter(today)) {
            throw new InvalidInputException("dataDate", "must not be in the future");
        }
        this.dataDate = dataDate;
        this.loadedBy = loadedBy;
        this.createdAt = at.truncatedTo(ChronoUnit.MICROS); // what the database keeps
        this.rejects = "";
    }

    /** What loading the file did; set once, before the record is stored. */
    public void recordOutcome(int areaCodes, long added, long deleted, long linesRead, long linesRejected,
            String rejects) {
        this.areaCodes = areaCodes;
        this.numbersAdded = added;
        this.numbersDeleted = deleted;
        this.linesRead = linesRead;
        this.linesRejected = linesRejected;
        this.rejects = rejects;
    }

    /** How the list's version reads in a report: "federal of 2026-12-01 (load 12)". */
    public static String version(DncListKey list, LocalDate dataDate, long loadId) {
        return list + " of " + dataDate + " (load " + loadId + ")";
    }

    public Long getId() {
        return id;
    }

    public DncListKey getList() {
        return list;
    }

    public DncLoadKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public LocalDate getDataDate() {
        return dataDate;
    }

    public int getAreaCodes() {
        return areaCodes;
    }

    public long getNumbersAdded() {
        return numbersAdded;
    }

    public long getNumbersDeleted() {
        return numbersDeleted;
    }

    public long getLinesRead() {
        return linesRead;
    }

    public long getLinesRejected() {
        return linesRejected;
    }

    public String getRejects() {
        return rejects;
    }

    public long getLoadedBy() {
        return loadedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
