package org.realtycrm.pipeline.ui;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.pipeline.batch.ListPulls;
import org.realtycrm.pipeline.boundary.ListSetup;
import org.realtycrm.pipeline.entity.AfterPickup;
import org.realtycrm.pipeline.entity.ListPull;
import org.realtycrm.pipeline.entity.ListSource;
import org.realtycrm.pipeline.entity.SourceKind;
import org.realtycrm.pipeline.entity.TraceWith;
import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.ui.Messages;

/** The Sources tab of lists.xhtml: add, change and delete where lists arrive, and look at a polled one now. */
@Named
@ViewScoped
public class SourceEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form's client id: its inputs carry {@link org.realtycrm.pipeline.entity.SourceSettings}' names. */
    static final String FORM = "tabs:source";

    @Inject
    ListSetup setup;

    @Inject
    ListPulls pulls;

    @Inject
    ListsScreen screen;

    @Inject
    ReceivedLists received;

    private SourceForm form = new SourceForm();

    public void startAdding() {
        form = new SourceForm();
    }

    public void startEditing(ListSource source) {
        form = SourceForm.of(source);
    }

    public void save() {
        try {
            ListSource saved = form.isNew() ? setup.createSource(form.toSettings())
                    : setup.changeSource(form.getId(), form.getVersion(), form.toSettings());
            Messages.info((form.isNew() ? "Added source " : "Saved source ") + saved.getName()
                    + (saved.isEnabled() ? "." : " (switched off)."));
            form = new SourceForm();
            screen.reload();
        } catch (CrmException refused) {
            Messages.refused(refused, FORM);
        }
    }

    public void delete(ListSource source) {
        try {
            setup.deleteSource(source.getId());
            Messages.info("Deleted source " + source.getName() + ".");
            if (source.getId().equals(form.getId())) {
                form = new SourceForm();
            }
            screen.reload();
        } catch (CrmException refused) {
            Messages.error(refused.getMessage());
        }
    }

    /** Looks at an SFTP folder or HTTPS address now; what arrived shows under "Lists received", running. */
    public void lookNow(ListSource source) {
        try {
            List<ListPull> arrived = pulls.pollNow(source.getId());
            Messages.info(arrived.isEmpty() ? "Nothing new at " + source.getName() + "."
                    : arrived.size() + (arrived.size() == 1 ? " list" : " lists") + " arrived from "
                            + source.getName() + ": see Lists received.");
            received.reload();
        } catch (CrmException refused) {
            Messages.error(refused.getMessage());
        }
        // the look is recorded on the source (when, and its error), whichever way it went
        screen.reload();
    }

    public SourceForm getForm() {
        return form;
    }

    public SourceKind[] getKinds() {
        return SourceKind.values();
    }

    public AfterPickup[] getAfterPickups() {
        return AfterPickup.values();
    }

    public TraceWith[] getTraceWiths() {
        return TraceWith.values();
    }
}
