package org.realtycrm.task.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.realtycrm.identity.boundary.Users;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.identity.entity.User;
import org.realtycrm.identity.entity.UserQuery;
import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;

/**
 * Someone who has a calendar of work (an active admin or agent), as the admin's choices on the calendar show them:
 * whose calendar to look at, whose an entry is. The same people the lead screens offer as agents (lead.ui's
 * AgentChoices, which keeps its list to its own package).
 */
public record Assignee(long id, String name) implements Serializable {

    /** Every one, by name. Only an admin may list users: ask only on an admin's screen. */
    static List<Assignee> active(Users users) {
        return Arrays.stream(Role.values()).filter(Role::canOwnLeads)
                .flatMap(role -> activeUsers(users, role).stream())
                .map(user -> new Assignee(user.getId(), user.getName()))
                .sorted(Comparator.comparing(Assignee::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Page after page: one page holds at most {@link PageRequest#MAX_SIZE}. */
    private static List<User> activeUsers(Users users, Role role) {
        UserQuery query = new UserQuery(role, true, null);
        List<User> found = new ArrayList<>();
        Page<User> page;
        int next = 0;
        do {
            page = users.search(query, new PageRequest(next++, PageRequest.MAX_SIZE));
            found.addAll(page.items());
        } while (page.items().size() == PageRequest.MAX_SIZE && found.size() < page.total());
        return found;
    }
}
