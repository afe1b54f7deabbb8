package org.realtycrm.task.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.entity.User;
import org.realtycrm.identity.entity.UserRepository;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadRepository;
import org.realtycrm.platform.problem.AccessDeniedException;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * Who a task or appointment is for and which lead it is about, as the caller may name them: one place for both.
 * An agent fills their own calendar; an admin anyone's who can do work. A lead is named only if the caller may see
 * it, and one they may not see is answered like one that does not exist.
 */
@RequestScoped
public class CalendarParties {

    @Inject
    CurrentUser caller;

    @Inject
    UserRepository users;

    @Inject
    LeadRepository leads;

    /** @param assigneeId {@code null} for the caller */
    public User assignee(Long assigneeId) {
        if (assigneeId == null || assigneeId == caller.id()) {
            return caller.user();
        }
        if (caller.calendarVisibility().isRestricted()) {
            throw new AccessDeniedException("agents fill their own calendar: only an admin sets another's");
        }
        return users.findById(assigneeId)
                .orElseThrow(() -> new InvalidInputException("assigneeId", "no such user"));
    }

    /** @return the live lead the caller may see; {@code null} for {@code null} */
    public Lead lead(Long leadId) {
        if (leadId == null) {
            return null;
        }
        return leads.find(leadId, caller.leadVisibility())
                .orElseThrow(() -> new InvalidInputException("leadId", "no such lead"));
    }
}
