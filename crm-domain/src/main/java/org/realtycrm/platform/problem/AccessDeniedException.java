package org.realtycrm.platform.problem;

/** The caller is known but their role does not allow this action. */
public class AccessDeniedException extends CrmException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
