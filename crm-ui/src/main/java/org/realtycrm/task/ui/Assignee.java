package org.realtycrm.task.ui;

import java.io.Serializable;
import java.util.List;

import org.realtycrm.lead.boundary.Leads;

/**
 * Someone who has a calendar of work (an active admin or agent), as the admin's choices on the calendar show them:
 * whose calendar to look at, whose an entry is. The same people the lead screens offer as agents.
 */
public record Assignee(long id, String name) implements Serializable {

    /** Every one the caller may give work to, by name: for an admin, every active agent and admin. */
    static List<Assignee> active(Leads leads) {
        return leads.assignees().stream().map(user -> new Assignee(user.getId(), user.getName())).toList();
    }
}
