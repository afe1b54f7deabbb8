package org.realtycrm.lead.ui;

import java.io.Serializable;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.realtycrm.lead.boundary.Leads;

/**
 * The people the signed-in user may give leads to (an admin: every active agent and admin; a team leader: their
 * team), read once per request and only when shown.
 */
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
    Leads leads;

    private List<Agent> agents;

    List<Agent> agents() {
        if (agents == null) {
            agents = leads.assignees().stream().map(user -> new Agent(user.getId(), user.getName())).toList();
        }
        return agents;
    }
}
