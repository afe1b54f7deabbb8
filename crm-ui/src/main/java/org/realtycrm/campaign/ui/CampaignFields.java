package org.realtycrm.campaign.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;

import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.StaleVersionException;
import org.realtycrm.platform.ui.Messages;

/**
 * Where the campaign screens show a field's error. The boundaries name a step's fields as paths no input id can be
 * ({@code steps[2].templateId}): each is moved to the input that stands for it (the steps editor's row 2,
 * {@code steps:2:templateId}). An error with no input on the form (a list's id the screens never
 * show) goes above the form, with its field's name, so that nothing refused is left unsaid.
 */
final class CampaignFields {

    private static final Pattern STEP_FIELD = Pattern.compile("steps\\[(\\d+)](?:\\.(\\w+))?");

    private CampaignFields() {
    }

    /** A campaign's settings: the filter's parts are inputs of their own; the list filter is not on the screens. */
    static FieldError settings(FieldError error) {
        return switch (error.field()) {
            case "name", "kind", "whenRefused", "filterSource", "filterStatus" -> error;
            default -> elsewhere(error);
        };
    }

    /** A step's field in the steps editor's row; an error about all the steps above the table. */
    static FieldError steps(FieldError error) {
        Matcher step = STEP_FIELD.matcher(error.field());
        if (!step.matches()) {
            return error.field().equals("steps") ? error : elsewhere(error);
        }
        String input = step.group(2) == null ? "action" : switch (step.group(2)) {
            case "delayMinutes" -> "delayAmount";
            case "templateId", "instructions", "action" -> step.group(2);
            default -> "action";
        };
        return new FieldError("steps:" + step.group(1) + ":" + input, error.message());
    }

    /** A template's fields are its form's inputs, by the same names. */
    static FieldError template(FieldError error) {
        return switch (error.field()) {
            case "channel", "name", "subject", "subjectB", "body" -> error;
            default -> elsewhere(error);
        };
    }

    /** Leads put in by hand: their ids' input. */
    static FieldError leads(FieldError error) {
        return error.field().startsWith("leadIds") ? new FieldError("leadIds", error.message()) : elsewhere(error);
    }

    /** A social audience's list export: its id's input. */
    static FieldError audience(FieldError error) {
        return error.field().equals("exportId") ? error : elsewhere(error);
    }

    /** Every error above the form, in its own words: a form with no input of the boundary's fields. */
    static FieldError above(FieldError error) {
        return new FieldError(null, error.message());
    }

    /** An error no input stands for: shown above the form, its field named (a null field). */
    private static FieldError elsewhere(FieldError error) {
        return new FieldError(null, error.field() + ": " + error.message());
    }

    /** Whether someone else changed the record since the user read it (checked by the boundary or at commit). */
    static boolean isStale(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StaleVersionException || cause instanceof OptimisticLockException
                    || cause.getClass().getName().equals("org.hibernate.StaleObjectStateException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Shows the refusal: a field's error next to the input {@code placed} names, one without an input (a null field)
     * and any other refusal above the form.
     */
    static void show(CrmException refusal, String formId, UnaryOperator<FieldError> placed) {
        if (!(refusal instanceof InvalidInputException invalid)) {
            Messages.refused(refusal, formId);
            return;
        }
        List<FieldError> located = new ArrayList<>();
        for (FieldError error : invalid.errors()) {
            FieldError shown = placed.apply(error);
            if (shown.field() == null) {
                Messages.error(shown.message());
            } else {
                located.add(shown);
            }
        }
        if (located.isEmpty()) {
            FacesContext.getCurrentInstance().validationFailed();
        } else {
            Messages.refused(new InvalidInputException(located), formId);
        }
    }
}
