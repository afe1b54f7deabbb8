package org.realtycrm.lead.entity;

import org.realtycrm.platform.problem.RuleViolationException;

public class IllegalStatusTransitionException extends RuleViolationException {

    public IllegalStatusTransitionException(LeadStatus from, LeadStatus to) {
        super("a lead cannot move from " + from + " to " + to + "; from " + from + " it can move to "
                + (from.nextStatuses().isEmpty() ? "nothing (final)" : from.nextStatuses()));
    }
}
