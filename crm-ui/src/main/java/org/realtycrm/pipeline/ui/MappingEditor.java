package org.realtycrm.pipeline.ui;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.pipeline.boundary.ListSetup;
import org.realtycrm.pipeline.entity.ColumnMapping;
import org.realtycrm.pipeline.entity.ListField;
import org.realtycrm.pipeline.entity.MappingStyle;
import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.ui.Messages;

/** The Mappings tab of lists.xhtml: add, change and delete how an aggregator's files read. */
@Named
@ViewScoped
public class MappingEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form's client id; its table of headers has the id "columns". */
    static final String FORM = "tabs:mapping";
    private static final String COLUMNS = "columns";

    @Inject
    ListSetup setup;

    @Inject
    ListsScreen screen;

    private MappingForm form = new MappingForm();

    public void startAdding() {
        form = new MappingForm();
    }

    public void startEditing(ColumnMapping mapping) {
        form = MappingForm.of(mapping);
    }

    /**
     * A new mapping starts from the chosen style's headers. A saved mapping keeps its own: they were corrected for
     * the files it reads, and choosing another style is no reason to lose that.
     */
    public void styleChosen() {
        if (form.isNew()) {
            form.takeHeadersOfStyle();
        }
    }

    public void save() {
        try {
            ColumnMapping saved = form.isNew() ? setup.createMapping(form.getName(), form.getStyle(), form.headers())
                    : setup.changeMapping(form.getId(), form.getVersion(), form.getName(), form.getStyle(),
                            form.headers());
            Messages.info((form.isNew() ? "Added mapping " : "Saved mapping ") + saved.getName()
                    + ": preview a file through it below.");
            form = new MappingForm();
            screen.reload();
        } catch (CrmException refused) {
            // one header's error is reported as columns.<key>: it is shown over the headers, naming the field
            FormErrors.show(refused, FORM, error -> error.field().startsWith(COLUMNS + ".")
                    ? new FieldError(COLUMNS, label(error.field().substring(COLUMNS.length() + 1)) + ": "
                            + error.message())
                    : error);
        }
    }

    public void delete(ColumnMapping mapping) {
        try {
            setup.deleteMapping(mapping.getId());
            Messages.info("Deleted mapping " + mapping.getName() + ".");
            if (mapping.getId().equals(form.getId())) {
                form = new MappingForm();
            }
            screen.reload();
        } catch (CrmException refused) {
            Messages.error(refused.getMessage());
        }
    }

    /** How many fields a saved mapping names, for its row in the table. */
    public int fieldsNamed(ColumnMapping mapping) {
        return mapping.getColumns().size();
    }

    private static String label(String key) {
        ListField field = ListField.byKey(key);
        return field == null ? key : field.label();
    }

    public MappingForm getForm() {
        return form;
    }

    public MappingStyle[] getStyles() {
        return MappingStyle.values();
    }
}
