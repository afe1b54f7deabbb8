package org.realtycrm.pipeline.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;
import org.realtycrm.pipeline.batch.ListPulls;
import org.realtycrm.pipeline.entity.ListPull;
import org.realtycrm.pipeline.entity.ListSource;
import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.ui.Messages;

/**
 * "Upload a list" on the Sources tab: a file bought by hand, received as a list of the chosen source (its mapping,
 * criteria and tracing apply), and its run started. The page then shows "Lists received", where the run's progress
 * is followed.
 */
@Named
@ViewScoped
public class ListUpload implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "tabs:upload";

    @Inject
    ListPulls pulls;

    @Inject
    ListsScreen screen;

    @Inject
    ReceivedLists received;

    private Long sourceId;
    private transient UploadedFile file;

    /** A source's "Upload a list" button: the form below the table is set to that source. */
    public void chooseSource(ListSource source) {
        sourceId = source.getId();
    }

    /** A whole-page post (the file goes with it). */
    public void upload() {
        screen.show(ListsScreen.SOURCES_TAB);
        if (sourceId == null) {
            Messages.refused(new InvalidInputException("sourceId", "choose the source the list came from"), FORM);
            return;
        }
        if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
            Messages.refused(new InvalidInputException("file", "choose the list's CSV file"), FORM);
            return;
        }
        try (InputStream content = file.getInputStream()) {
            ListPull pull = pulls.upload(sourceId, file.getFileName(), content);
            Messages.info("Received " + pull.getFileName() + " from " + screen.sourceName(pull.getSourceId())
                    + "; its run has started.");
            received.reload();
            received.showOwners(pull);
            screen.show(ListsScreen.RECEIVED_TAB);
        } catch (CrmException refused) {
            Messages.refused(refused, FORM);
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be read", e);
        } finally {
            file = null;
        }
    }

    public Long getSourceId() {
        return sourceId;
    }

    public void setSourceId(Long sourceId) {
        this.sourceId = sourceId;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
