package org.realtycrm.platform.problem;

/** An upload over the configured size limit (413). */
public class TooLargeException extends CrmException {

    public TooLargeException(String message) {
        super(message);
    }
}
