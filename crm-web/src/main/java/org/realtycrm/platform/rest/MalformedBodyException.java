package org.realtycrm.platform.rest;

import java.util.List;

import org.realtycrm.platform.problem.FieldError;

/**
 * A request body that is not JSON, or whose values have the wrong JSON type for their fields: answered as a
 * {@code malformed-request} problem listing each field and why ({@link MalformedRequestMapper}).
 */
public class MalformedBodyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public MalformedBodyException(List<FieldError> errors) {
        super(errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields have the wrong type");
        this.errors = List.copyOf(errors);
    }

    public MalformedBodyException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
