package org.realtycrm.pipeline.entity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.OptimisticLock;
import org.realtycrm.platform.entity.Tracked;

/**
 * Where purchased lists arrive ({@link SourceSettings}), with how its last look went. Every file it delivers is read
 * through its mapping and, when it has one, filtered by its criteria.
 */
@Entity
@Table(name = "pipeline_sources")
public class ListSource extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private SourceKind kind;

    @Column(name = "mapping_id", nullable = false)
    private long mappingId;

    @Column(name = "criteria_id")
    private Long criteriaId;

    private String host;
    private Integer port;
    private String username;
    private String folder;

    @Column(name = "file_glob")
    private String fileGlob;

    @Column(name = "known_hosts", columnDefinition = "text")
    private String knownHosts;

    @Column(name = "password_ref")
    private String passwordRef;

    @Column(name = "private_key_ref")
    private String privateKeyRef;

    @Column(name = "passphrase_ref")
    private String passphraseRef;

    @Enumerated(EnumType.STRING)
    @Column(name = "after_pickup", length = 8)
    private AfterPickup afterPickup;

    @Column(name = "archive_folder")
    private String archiveFolder;

    private String url;

    @Column(name = "header_name")
    private String headerName;

    @Column(name = "header_ref")
    private String headerRef;

    @Column(name = "poll_minutes")
    private Integer pollMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "trace_with", nullable = false, length = 8)
    private TraceWith traceWith;

    @Enumerated(EnumType.STRING)
    @Column(name = "lead_import", nullable = false, length = 12)
    private LeadImport leadImport = LeadImport.ALL;

    /** The platforms the run writes files for, by name, comma-separated (see {@link #getExportTo()}). */
    @Column(name = "export_to", nullable = false, length = 100)
    private String exportTo = "";

    private boolean enabled;

    /** What the poller keeps: not an administrator's edit, so it never makes their save stale. */
    @OptimisticLock(excluded = true)
    @Column(name = "last_marker")
    private String lastMarker;

    @OptimisticLock(excluded = true)
    @Column(name = "last_polled_at")
    private Instant lastPolledAt;

    @OptimisticLock(excluded = true)
    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected ListSource() {
        // for JPA
    }

    public ListSource(SourceSettings settings) {
        change(settings);
    }

    public void change(SourceSettings settings) {
        this.name = settings.name();
        this.kind = settings.kind();
        this.mappingId = settings.mappingId();
        this.criteriaId = settings.criteriaId();
        boolean sftp = kind == SourceKind.SFTP;
        this.host = sftp ? settings.host() : null;
        this.port = sftp ? settings.port() : null;
        this.username = sftp ? settings.username() : null;
        this.folder = sftp ? settings.folder() : null;
        this.fileGlob = sftp ? settings.fileGlob() : null;
        this.knownHosts = sftp ? settings.knownHosts() : null;
        this.passwordRef = sftp ? settings.passwordRef() : null;
        this.privateKeyRef = sftp ? settings.privateKeyRef() : null;
        this.passphraseRef = sftp ? settings.passphraseRef() : null;
        this.afterPickup = sftp ? settings.afterPickup() : null;
        this.archiveFolder = sftp && settings.afterPickup() == AfterPickup.ARCHIVE ? settings.archiveFolder() : null;
        boolean https = kind == SourceKind.HTTPS;
        if (!https || !settings.url().equals(this.url)) {
            this.lastMarker = null; // another address: its file is new to us
        }
        this.url = https ? settings.url() : null;
        this.headerName = https ? settings.headerName() : null;
        this.headerRef = https ? settings.headerRef() : null;
        this.pollMinutes = settings.pollMinutes();
        this.traceWith = settings.traceWith();
        this.leadImport = settings.leadImport();
        this.exportTo = settings.exportTo().stream().map(Enum::name).collect(Collectors.joining(","));
        this.enabled = settings.enabled();
    }

    public SourceSettings settings() {
        return new SourceSettings(name, kind, mappingId, criteriaId, host, port, username, folder, fileGlob,
                knownHosts, passwordRef, privateKeyRef, passphraseRef, afterPickup, archiveFolder, url, headerName,
                headerRef, pollMinutes, traceWith, leadImport, getExportTo(), enabled);
    }

    /** Whether the poller should look at it now. */
    public boolean isDue(Instant now) {
        return enabled && pollMinutes != null
                && (lastPolledAt == null || !lastPolledAt.plusSeconds(60L * pollMinutes).isAfter(now));
    }

    /** A look at the source went well; {@code marker} is the HTTPS file now picked up, if any. */
    public void polled(Instant at, String marker) {
        this.lastPolledAt = at;
        this.lastError = null;
        if (marker != null) {
            this.lastMarker = marker.length() > 500 ? marker.substring(0, 500) : marker;
        }
    }

    public void pollFailed(Instant at, String error) {
        this.lastPolledAt = at;
        this.lastError = error == null ? "failed" : error.length() > 1000 ? error.substring(0, 1000) : error;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public SourceKind getKind() {
        return kind;
    }

    public long getMappingId() {
        return mappingId;
    }

    public Long getCriteriaId() {
        return criteriaId;
    }

    public TraceWith getTraceWith() {
        return traceWith;
    }

    /** The platforms the run writes the list's files for, in their order. */
    public Set<ExportPlatform> getExportTo() {
        Set<ExportPlatform> platforms = EnumSet.noneOf(ExportPlatform.class);
        for (String name : exportTo.split(",")) {
            if (!name.isBlank()) {
                platforms.add(ExportPlatform.valueOf(name));
            }
        }
        return platforms;
    }

    public LeadImport getLeadImport() {
        return leadImport;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getLastMarker() {
        return lastMarker;
    }

    public Instant getLastPolledAt() {
        return lastPolledAt;
    }

    public String getLastError() {
        return lastError;
    }

}
