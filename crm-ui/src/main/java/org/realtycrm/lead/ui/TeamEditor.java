package org.realtycrm.lead.ui;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.identity.boundary.Teams;
import org.realtycrm.identity.entity.Team;
import org.realtycrm.platform.problem.ConflictException;
import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.StaleVersionException;
import org.realtycrm.platform.ui.Messages;

/**
 * The routing screen's teams: listed with their leader and members, added and changed in a dialog. A rule may give
 * a team's leads to its members in turn.
 */
@Named
@ViewScoped
public class TeamEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The dialog's form: its inputs are name, leaderId and memberIds, the boundary's field names. */
    static final String FORM = "team";

    @Inject
    Teams teams;

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
        rows = teams.all().stream()
                .map(team -> new MembersRow(team.getId(), team.getName(), team.getLeaderId(), team.getMemberIds(),
                        names))
                .toList();
    }

    public void startAdding() {
        form = MembersForm.blank();
    }

    public void startEditing(long id) {
        try {
            form = edited(teams.find(id));
        } catch (CrmException gone) {
            Messages.refused(gone, FORM);
        }
    }

    private static MembersForm edited(Team team) {
        return MembersForm.of(team.getId(), team.getVersion(), team.getName(), team.getLeaderId(),
                team.getMemberIds());
    }

    public void save() {
        boolean adding = form.isNew();
        try {
            Team saved = adding ? teams.create(form.getName(), form.getLeaderId(), form.members())
                    : teams.change(form.getId(), form.getVersion(), form.getName(), form.getLeaderId(),
                            form.members());
            Messages.info((adding ? "Added team " : "Saved team ") + saved.getName() + ".");
            form = MembersForm.blank();
            choices.changed();
            reload();
            screen.reload(); // its rules name the team
        } catch (StaleVersionException stale) {
            startEditing(form.getId());
            Messages.error("Someone else changed this team meanwhile. It has been reloaded with their change: apply"
                    + " yours again.");
            FacesContext.getCurrentInstance().validationFailed();
        } catch (ConflictException taken) {
            // the only other conflict: the name is another team's
            Messages.refused(new InvalidInputException("name", taken.getMessage()), FORM);
        } catch (CrmException refused) {
            Messages.refused(refused, FORM);
        }
    }

    /** Removes the team; refused, with the reason, while a routing rule names it. */
    public void delete(MembersRow row) {
        Removal.remove("team", row, teams::delete);
        choices.changed();
        reload();
    }

    public List<MembersRow> getRows() {
        return rows;
    }

    public MembersForm getForm() {
        return form;
    }

    /** Whom a team may hold: the active agents and admins. */
    public List<NamedChoice> getPeople() {
        return choices.people();
    }
}
