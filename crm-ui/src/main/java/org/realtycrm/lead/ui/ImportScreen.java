package org.realtycrm.lead.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;
import org.realtycrm.lead.batch.LeadImports;
import org.realtycrm.lead.entity.ImportReject;
import org.realtycrm.lead.entity.LeadImport;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.ui.Messages;
import org.realtycrm.platform.ui.RelativeTime;

/**
 * The CSV import screen (import.xhtml): upload a file, watch the job's progress live, read and download the rows it
 * left out, and see earlier imports. Everything goes through the {@link LeadImports} boundary, as the API does.
 */
@Named
@ViewScoped
public class ImportScreen implements Serializable {

    static final String FORM = "upload";
    private static final int REJECTS_SHOWN = 50;
    private static final int RECENT_SHOWN = 20;

    @Inject
    LeadImports imports;

    private UploadedFile file;
    private Long id;
    private LeadImport current;
    private List<ImportReject> rejects = List.of();
    private List<LeadImport> recent;

    /** Starts the job and moves to the import's own address, where its progress shows (post, redirect, get). */
    public String upload() {
        if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
            Messages.refused(new InvalidInputException("file", "choose a CSV file"), FORM);
            return null;
        }
        try (InputStream content = file.getInputStream()) {
            LeadImport started = imports.start(file.getFileName(), content);
            return "/import?faces-redirect=true&id=" + started.getId();
        } catch (CrmException refused) {
            Messages.refused(refused, FORM);
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be read", e);
        } finally {
            file = null;
        }
    }

    /**
     * The view parameter's import, loaded on every request of the page and on every poll; the recent imports are read
     * again too, so that the list shows the import's status as it moves.
     */
    public void load() {
        recent = null;
        if (id == null) {
            current = null;
            return;
        }
        try {
            current = imports.find(id);
        } catch (CrmException notYours) {
            current = null;
            Messages.error("There is no import " + id + " you can see.");
            return;
        }
        rejects = current.getRejected() + current.getDuplicates() == 0 ? List.of()
                : imports.rejects(id, PageRequest.of(0, REJECTS_SHOWN)).items();
    }

    public boolean isRunning() {
        return current != null && !current.getStatus().isFinished();
    }

    public int getPercent() {
        return current == null ? 0 : current.percentDone();
    }

    public List<LeadImport> getRecent() {
        if (recent == null) {
            recent = imports.list(PageRequest.of(0, RECENT_SHOWN)).items();
        }
        return recent;
    }

    /** "3 min ago": when the import was started. */
    public String ago(LeadImport run) {
        return RelativeTime.since(run.getCreatedAt(), Instant.now());
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LeadImport getCurrent() {
        return current;
    }

    public List<ImportReject> getRejects() {
        return rejects;
    }

    public int getRejectsShown() {
        return REJECTS_SHOWN;
    }
}
