package org.realtycrm.pipeline.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.realtycrm.pipeline.entity.AfterPickup;
import org.realtycrm.pipeline.entity.ExportPlatform;
import org.realtycrm.pipeline.entity.LeadImport;
import org.realtycrm.pipeline.entity.ListSource;
import org.realtycrm.pipeline.entity.SourceKind;
import org.realtycrm.pipeline.entity.SourceSettings;
import org.realtycrm.pipeline.entity.TraceWith;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * The source form's fields, those of every kind: the page shows the SFTP or HTTPS ones by the kind chosen, and
 * {@link ListSource} keeps only the chosen kind's. The *Ref fields name the configuration entries that hold the
 * secrets; the secrets themselves are never typed here.
 */
public class SourceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String name;
    private SourceKind kind = SourceKind.UPLOAD;
    private Long mappingId;
    private Long criteriaId;
    private String host;
    private Integer port = 22;
    private String username;
    private String folder;
    private String fileGlob;
    private String knownHosts;
    private String passwordRef;
    private String privateKeyRef;
    private String passphraseRef;
    private AfterPickup afterPickup = AfterPickup.ARCHIVE;
    private String archiveFolder;
    private String url;
    private String headerName;
    private String headerRef;
    private Integer pollMinutes;
    private TraceWith traceWith = TraceWith.FILE;
    private LeadImport leadImport = LeadImport.ALL;
    /** An array, not a list: JSF converts the checkboxes' values to the array's component type. */
    private ExportPlatform[] exportTo = new ExportPlatform[0];
    private boolean enabled = true;

    static SourceForm of(ListSource source) {
        SourceSettings settings = source.settings();
        SourceForm form = new SourceForm();
        form.id = source.getId();
        form.version = source.getVersion();
        form.name = settings.name();
        form.kind = settings.kind();
        form.mappingId = settings.mappingId();
        form.criteriaId = settings.criteriaId();
        if (settings.kind() == SourceKind.SFTP) {
            form.host = settings.host();
            form.port = settings.port();
            form.username = settings.username();
            form.folder = settings.folder();
            form.fileGlob = settings.fileGlob();
            form.knownHosts = settings.knownHosts();
            form.passwordRef = settings.passwordRef();
            form.privateKeyRef = settings.privateKeyRef();
            form.passphraseRef = settings.passphraseRef();
            form.afterPickup = settings.afterPickup();
            form.archiveFolder = settings.archiveFolder();
        }
        form.url = settings.url();
        form.headerName = settings.headerName();
        form.headerRef = settings.headerRef();
        form.pollMinutes = settings.pollMinutes();
        form.traceWith = settings.traceWith();
        form.leadImport = settings.leadImport();
        form.exportTo = settings.exportTo().toArray(ExportPlatform[]::new);
        form.enabled = settings.enabled();
        return form;
    }

    /** @throws InvalidInputException naming every field that is wrong, the mapping's among them */
    SourceSettings toSettings() {
        List<FieldError> errors = new ArrayList<>();
        if (mappingId == null) {
            errors.add(new FieldError("mappingId", "choose the mapping its files are read through"));
        }
        // an upload source is never polled: a number left in the hidden field must not refuse it
        Integer polled = kind == SourceKind.UPLOAD ? null : pollMinutes;
        try {
            SourceSettings settings = new SourceSettings(name, kind, mappingId == null ? 0 : mappingId, criteriaId,
                    host, port, username, folder, fileGlob, knownHosts, passwordRef, privateKeyRef, passphraseRef,
                    afterPickup, archiveFolder, url, headerName, headerRef, polled, traceWith, leadImport,
                    exportTo == null ? null : Set.of(exportTo), enabled);
            if (errors.isEmpty()) {
                return settings;
            }
        } catch (InvalidInputException invalid) {
            errors.addAll(invalid.errors());
        }
        throw new InvalidInputException(errors);
    }

    /** Whether the form adds one (no id yet) rather than changing a saved one. */
    public boolean isNew() {
        return id == null;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    public boolean isSftp() {
        return kind == SourceKind.SFTP;
    }

    public boolean isHttps() {
        return kind == SourceKind.HTTPS;
    }

    /** Whether it is looked at on its own (SFTP, HTTPS), so that how often matters. */
    public boolean isPolled() {
        return kind != null && kind != SourceKind.UPLOAD;
    }

    public boolean isArchived() {
        return afterPickup == AfterPickup.ARCHIVE;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public SourceKind getKind() { return kind; }
    public void setKind(SourceKind kind) { this.kind = kind; }
    public Long getMappingId() { return mappingId; }
    public void setMappingId(Long mappingId) { this.mappingId = mappingId; }
    public Long getCriteriaId() { return criteriaId; }
    public void setCriteriaId(Long criteriaId) { this.criteriaId = criteriaId; }
    public String getHost() { return host; }
    public void setHost(String host) { this.host = host; }
    public Integer getPort() { return port; }
    public void setPort(Integer port) { this.port = port; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getFolder() { return folder; }
    public void setFolder(String folder) { this.folder = folder; }
    public String getFileGlob() { return fileGlob; }
    public void setFileGlob(String fileGlob) { this.fileGlob = fileGlob; }
    public String getKnownHosts() { return knownHosts; }
    public void setKnownHosts(String knownHosts) { this.knownHosts = knownHosts; }
    public String getPasswordRef() { return passwordRef; }
    public void setPasswordRef(String passwordRef) { this.passwordRef = passwordRef; }
    public String getPrivateKeyRef() { return privateKeyRef; }
    public void setPrivateKeyRef(String privateKeyRef) { this.privateKeyRef = privateKeyRef; }
    public String getPassphraseRef() { return passphraseRef; }
    public void setPassphraseRef(String passphraseRef) { this.passphraseRef = passphraseRef; }
    public AfterPickup getAfterPickup() { return afterPickup; }
    public void setAfterPickup(AfterPickup afterPickup) { this.afterPickup = afterPickup; }
    public String getArchiveFolder() { return archiveFolder; }
    public void setArchiveFolder(String archiveFolder) { this.archiveFolder = archiveFolder; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getHeaderName() { return headerName; }
    public void setHeaderName(String headerName) { this.headerName = headerName; }
    public String getHeaderRef() { return headerRef; }
    public void setHeaderRef(String headerRef) { this.headerRef = headerRef; }
    public Integer getPollMinutes() { return pollMinutes; }
    public void setPollMinutes(Integer pollMinutes) { this.pollMinutes = pollMinutes; }
    public ExportPlatform[] getExportTo() { return exportTo; }
    public void setExportTo(ExportPlatform[] exportTo) { this.exportTo = exportTo; }
    public LeadImport getLeadImport() { return leadImport; }
    public void setLeadImport(LeadImport leadImport) { this.leadImport = leadImport; }
    public TraceWith getTraceWith() { return traceWith; }
    public void setTraceWith(TraceWith traceWith) { this.traceWith = traceWith; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
}
