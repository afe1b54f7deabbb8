package org.realtycrm.lead.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.realtycrm.identity.boundary.Users;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.identity.entity.User;
import org.realtycrm.identity.entity.UserQuery;
import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;

/** The people an admin may give leads to (active admins and agents), read once per request and only when shown. */
@RequestScoped
public class AgentChoices {

    /** An assignee as a select list shows it. */
    public static final class Agent implements Serializable {

        private static final long serialVersionUID = 1L;
        private final long id;
        private final String name;

        Agent(long id, String name) {
            this.id = id;
            this.name = name;
        }

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }
    }

    @Inject
    Users users;

    private List<Agent> agents;

    List<Agent> agents() {
        if (agents == null) {
            agents = Arrays.stream(Role.values()).filter(Role::canOwnLeads)
                    .flatMap(role -> activeUsers(role).stream())
                    .map(user -> new Agent(user.getId(), user.getName()))
                    .sorted(Comparator.comparing(Agent::getName, String.CASE_INSENSITIVE_ORDER))
                    .toList();
        }
        return agents;
    }

    /**
     * Every active user of the role, page after page: one page holds at most {@link PageRequest#MAX_SIZE}, and a
     * single page of all active users (clients too) would leave out the agents past it.
     */
    private List<User> activeUsers(Role role) {
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
