package org.realtycrm.lead.control;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.realtycrm.identity.entity.User;
import org.realtycrm.identity.entity.UserRepository;
import org.realtycrm.lead.entity.LeadRepository;
import org.realtycrm.lead.entity.RoundRobin;

/**
 * Chooses the agent for a lead that arrives without one: round-robin among active agents. The turn pointer is a
 * locked database row, so concurrent requests and several servers take turns correctly.
 */
@ApplicationScoped
public class LeadRouter {

    @Inject
    LeadRepository leads;

    @Inject
    UserRepository users;

    /** @return the agent whose turn it is, or empty when there is no active agent (the lead stays unassigned) */
    public Optional<User> nextAgent() {
        Long last = leads.lockLastRoutedAgent();
        List<User> agents = users.activeAgentsInTurnOrder();
        Optional<Long> next = RoundRobin.next(agents.stream().map(User::getId).toList(), last);
        next.ifPresent(leads::recordLastRoutedAgent);
        return next.flatMap(id -> agents.stream().filter(a -> a.getId().equals(id)).findFirst());
    }
}
