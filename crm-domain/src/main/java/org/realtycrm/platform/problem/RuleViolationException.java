package org.realtycrm.platform.problem;

/** The request is well-formed but a business rule forbids it (an illegal status change, for instance). */
public class RuleViolationException extends CrmException {

    public RuleViolationException(String message) {
        super(message);
    }
}
