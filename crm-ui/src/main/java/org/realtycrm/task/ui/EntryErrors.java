package org.realtycrm.task.ui;

import java.util.Map;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;

import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.StaleVersionException;
import org.realtycrm.platform.ui.Messages;

/**
 * Shows what the task and calendar boundaries refused, in their words: a field's error next to the input that stands
 * for it, anything else above. Every refusal marks the request as failed ({@code args.validationFailed}), so that a
 * dialog stays open to be corrected. Anything else is a fault and goes on to the error page.
 */
final class EntryErrors {

    static final String STALE = "Someone else changed this entry meanwhile: the calendar now shows it as it is. "
            + "Open it again to make your change.";

    /** The boundaries' field names, and the inputs of the entry forms that stand for them. */
    private static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("kind", "kind"),
            Map.entry("title", "title"),
            Map.entry("details", "details"),
            Map.entry("location", "location"),
            Map.entry("dueAt", "start"),
            Map.entry("startsAt", "start"),
            Map.entry("endsAt", "end"),
            Map.entry("remindMinutesBefore", "remindMinutesBefore"),
            Map.entry("recurrence", "recurrence"),
            Map.entry("leadId", "lead"),
            Map.entry("assigneeId", "assigneeId"));

    private EntryErrors() {
    }

    /**
     * @param formId the form whose inputs carry the ids of {@link #inputFor}; {@code null} for a refusal with no form
     *               (a move on the calendar, a button in a list), whose field errors are shown above
     */
    static void report(RuntimeException failure, String formId) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                invalid.errors().forEach(error -> field(error, formId));
                failed();
                return;
            }
            if (isStale(cause)) {
                Messages.error(STALE);
                failed();
                return;
            }
            if (cause instanceof CrmException refused) {
                Messages.error(refused.getMessage());
                failed();
                return;
            }
            if (cause instanceof EJBAccessException) {
                Messages.error("Your role does not allow this.");
                failed();
                return;
            }
        }
        throw failure;
    }

    /** The id of the input that stands for a boundary's field, or {@code null} when no input does. */
    static String inputFor(String field) {
        return field == null ? null : INPUTS.get(field);
    }

    /** Next to its input when the form shows one (the lead page's short form has no lead input), else above. */
    private static void field(FieldError error, String formId) {
        String input = inputFor(error.field());
        FacesContext faces = FacesContext.getCurrentInstance();
        String clientId = formId == null || input == null ? null : formId + ":" + input;
        if (clientId != null && shown(faces.getViewRoot().findComponent(clientId))) {
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null));
        } else {
            Messages.error(error.field() == null ? error.message() : error.field() + ": " + error.message());
        }
    }

    private static boolean shown(UIComponent component) {
        for (UIComponent each = component; each != null; each = each.getParent()) {
            if (!each.isRendered()) {
                return false;
            }
        }
        return component != null;
    }

    /** Checked by the boundary (the version the screen read) or at commit (a save at the same moment). */
    private static boolean isStale(Throwable cause) {
        return cause instanceof StaleVersionException || cause instanceof OptimisticLockException
                || cause.getClass().getName().equals("org.hibernate.StaleObjectStateException");
    }

    private static void failed() {
        FacesContext.getCurrentInstance().validationFailed();
    }
}
