package org.realtycrm.platform.ui;

import java.util.function.UnaryOperator;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;

/** Shows a boundary's refusal where the user looks: field errors next to their fields, the rest at the top. */
public final class Messages {

    private Messages() {
    }

    public static void info(String text) {
        add(null, FacesMessage.SEVERITY_INFO, text);
    }

    /** Nothing failed, but what the user asked for did not happen (a text the compliance gate held back). */
    public static void warn(String text) {
        add(null, FacesMessage.SEVERITY_WARN, text);
    }

    public static void error(String text) {
        add(null, FacesMessage.SEVERITY_ERROR, text);
    }

    /**
     * @param formId the client id of the form whose inputs carry the boundary's field names as ids
     */
    public static void refused(CrmException refusal, String formId) {
        if (refusal instanceof InvalidInputException invalid) {
            for (FieldError field : invalid.errors()) {
                add(formId + ":" + field.field(), FacesMessage.SEVERITY_ERROR, field.message());
            }
        } else {
            error(refusal.getMessage());
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    /**
     * The same, for a form whose inputs cannot carry every field's name as their id (a path such as
     * {@code rules[2].points}, an input in a table's row).
     *
     * @param placed a field error as the form shows it: under the id of the input that stands for the field
     */
    public static void refused(CrmException refusal, String formId, UnaryOperator<FieldError> placed) {
        refused(refusal instanceof InvalidInputException invalid
                ? new InvalidInputException(invalid.errors().stream().map(placed).toList()) : refusal, formId);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
