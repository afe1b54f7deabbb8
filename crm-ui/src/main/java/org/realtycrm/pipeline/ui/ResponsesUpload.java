package org.realtycrm.pipeline.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;
import org.realtycrm.pipeline.boundary.ListResponses;
import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.ui.Messages;

/**
 * "Responses to …" below a received list's owners: a file of responses recorded on the list (ListResponses), the
 * outcome said in a message, and the rows it could not place listed with their line and reason.
 */
@Named
@ViewScoped
public class ResponsesUpload implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "tabs:responses";

    @Inject
    ListResponses responses;

    @Inject
    ReceivedLists received;

    @Inject
    ListsScreen screen;

    private transient UploadedFile file;
    private List<ListResponses.Rejected> rejected = List.of();

    /** A whole-page post (the file goes with it). */
    public void record() {
        screen.show(ListsScreen.RECEIVED_TAB);
        rejected = List.of();
        if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
            Messages.refused(new InvalidInputException("file", "choose the file of responses"), FORM);
            return;
        }
        try (InputStream content = file.getInputStream()) {
            ListResponses.Outcome outcome = responses.record(received.getSelected().getId(), file.getFileName(),
                    content);
            rejected = outcome.rejected();
            Messages.info(outcome.matched() + " responses from " + outcome.owners() + " owners recorded ("
                    + outcome.newResponders() + " responding for the first time): " + outcome.leadsCreated()
                    + " new leads, " + outcome.leadsMerged() + " merged into leads already there"
                    + (rejected.isEmpty() ? "." : "; " + rejected.size() + " rows not recorded, listed below."));
            received.reload(); // the counts and the owners' leads, as they are now
        } catch (CrmException refused) {
            Messages.refused(refused, FORM);
        } catch (IOException e) {
            throw new UncheckedIOException("the responses could not be read", e);
        } finally {
            file = null;
        }
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public List<ListResponses.Rejected> getRejected() {
        return rejected;
    }
}
