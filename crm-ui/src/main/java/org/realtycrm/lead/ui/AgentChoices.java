package org.realtycrm.lead.ui;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.realtycrm.identity.boundary.Users;
import org.realtycrm.identity.entity.UserQuery;
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
            agents = users.search(new UserQuery(null, true, null), new PageRequest(0, PageRequest.MAX_SIZE)).items()
                    .stream()
                    .filter(user -> user.getRole().canOwnLeads())
                    .map(user -> new Agent(user.getId(), user.getName()))
                    .sorted(Comparator.comparing(Agent::getName, String.CASE_INSENSITIVE_ORDER))
                    .toList();
        }
        return agents;
    }
}
