package org.realtycrm.lead.ui;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.lead.boundary.Ponds;
import org.realtycrm.lead.entity.Pond;
import org.realtycrm.platform.problem.ConflictException;
import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.StaleVersionException;
import org.realtycrm.platform.ui.Messages;

/**
 * The routing screen's ponds: listed with their members, added and changed in a dialog. A rule may put leads in a
 * pond, where its members claim them (the Ponds screen), or send there the leads its agents do not contact in time.
 */
@Named
@ViewScoped
public class PondEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The dialog's form: its inputs are name and memberIds, the boundary's field names. */
    static final String FORM = "pond";

    @Inject
    Ponds ponds;

    @Inject
    RoutingChoices choices;

    @Inject
    RoutingScreen screen;

    private List<MembersRow> rows = List.of();
    private MembersForm form = MembersForm.blank();

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        RoutingNames names = choices.names();
        rows = ponds.visible().stream()
                .map(pond -> new MembersRow(pond.getId(), pond.getName(), null, pond.getMemberIds(), names))
                .toList();
    }

    public void startAdding() {
        form = MembersForm.blank();
    }

    public void startEditing(long id) {
        try {
            form = edited(ponds.find(id));
        } catch (CrmException gone) {
            Messages.refused(gone, FORM);
        }
    }

    private static MembersForm edited(Pond pond) {
        return MembersForm.of(pond.getId(), pond.getVersion(), pond.getName(), null, pond.getMemberIds());
    }

    public void save() {
        boolean adding = form.isNew();
        try {
            Pond saved = adding ? ponds.create(form.getName(), form.members())
                    : ponds.change(form.getId(), form.getVersion(), form.getName(), form.members());
            Messages.info((adding ? "Added pond " : "Saved pond ") + saved.getName() + ".");
            form = MembersForm.blank();
            choices.changed();
            reload();
            screen.reload(); // its rules name the pond
        } catch (StaleVersionException stale) {
            startEditing(form.getId());
            Messages.error("Someone else changed this pond meanwhile. It has been reloaded with their change: apply"
                    + " yours again.");
            FacesContext.getCurrentInstance().validationFailed();
        } catch (ConflictException taken) {
            // the only other conflict: the name is another pond's
            Messages.refused(new InvalidInputException("name", taken.getMessage()), FORM);
        } catch (CrmException refused) {
            Messages.refused(refused, FORM);
        }
    }

    /** Removes the pond; refused, with the reason, while a routing rule names it or leads wait in it. */
    public void delete(MembersRow row) {
        Removal.remove("pond", row, ponds::delete);
        choices.changed();
        reload();
    }

    public List<MembersRow> getRows() {
        return rows;
    }

    public MembersForm getForm() {
        return form;
    }

    /** Whom a pond may hold: the active agents and admins. */
    public List<NamedChoice> getPeople() {
        return choices.people();
    }
}
