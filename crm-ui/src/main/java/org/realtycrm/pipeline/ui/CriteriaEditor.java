package org.realtycrm.pipeline.ui;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.pipeline.boundary.ListSetup;
import org.realtycrm.pipeline.entity.OwnerType;
import org.realtycrm.pipeline.entity.TargetCriteria;
import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.ui.Messages;

/** The Criteria tab of lists.xhtml: add, change and delete a campaign's target. */
@Named
@ViewScoped
public class CriteriaEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form's client id: its inputs carry the filters' field names. */
    static final String FORM = "tabs:criterion";
    private static final String RADIUS = "radius.";

    @Inject
    ListSetup setup;

    @Inject
    ListsScreen screen;

    private CriteriaForm form = new CriteriaForm();

    public void startAdding() {
        form = new CriteriaForm();
    }

    public void startEditing(TargetCriteria criteria) {
        form = CriteriaForm.of(criteria);
    }

    public void save() {
        try {
            TargetCriteria saved = form.isNew()
                    ? setup.createCriteria(form.getName(), form.getCampaign(), form.toFilters())
                    : setup.changeCriteria(form.getId(), form.getVersion(), form.getName(), form.getCampaign(),
                            form.toFilters());
            Messages.info((form.isNew() ? "Added criteria " : "Saved criteria ") + saved.getName() + ".");
            form = new CriteriaForm();
            screen.reload();
        } catch (CrmException refused) {
            // the radius's three fields are reported as radius.latitude, ...: their inputs are latitude, ...
            FormErrors.show(refused, FORM, error -> error.field().startsWith(RADIUS)
                    ? new FieldError(error.field().substring(RADIUS.length()), error.message()) : error);
        }
    }

    public void delete(TargetCriteria criteria) {
        try {
            setup.deleteCriteria(criteria.getId());
            Messages.info("Deleted criteria " + criteria.getName() + ".");
            if (criteria.getId().equals(form.getId())) {
                form = new CriteriaForm();
            }
            screen.reload();
        } catch (CrmException refused) {
            Messages.error(refused.getMessage());
        }
    }

    /** The criteria's filters in a phrase, for its row in the table. */
    public String inWords(TargetCriteria criteria) {
        return FiltersInWords.of(criteria.getFilters());
    }

    public CriteriaForm getForm() {
        return form;
    }

    public OwnerType[] getOwnerTypes() {
        return OwnerType.values();
    }

    public FlagChoice[] getFlagChoices() {
        return FlagChoice.values();
    }
}
