package org.realtycrm.pipeline.ui;

import java.util.function.UnaryOperator;

import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.ui.Messages;

/**
 * A refusal shown on one of the Lists page's forms. {@link Messages#refused} puts a field's error next to the input
 * whose id is the field's name; some of the pipeline's field names are paths ({@code radius.latitude},
 * {@code columns.ownerName}) that no input id can be, so each form says where those belong.
 */
final class FormErrors {

    private FormErrors() {
    }

    /**
     * @param placed a field error as the form shows it: a path's error moved to the input that stands for it, its
     *               message saying which part it is about
     */
    static void show(CrmException refusal, String formId, UnaryOperator<FieldError> placed) {
        if (refusal instanceof InvalidInputException invalid) {
            Messages.refused(new InvalidInputException(invalid.errors().stream().map(placed).toList()), formId);
        } else {
            Messages.refused(refusal, formId);
        }
    }
}
