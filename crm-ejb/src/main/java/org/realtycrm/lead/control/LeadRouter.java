package org.realtycrm.lead.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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
        return nextAgents(1).stream().findFirst();
    }

    /**
     * The agents for the next {@code count} leads, in turn, with one lock and one read however many there are (a
     * batch of imported leads is routed as one).
     *
     * @return {@code count} agents, or none when there is no active agent
     */
    public List<User> nextAgents(int count) {
        Long last = leads.lockLastRoutedAgent();
        List<User> agents = users.activeAgentsInTurnOrder();
        List<Long> ids = agents.stream().map(User::getId).toList();
        Map<Long, User> byId = agents.stream().collect(Collectors.toMap(User::getId, Function.identity()));
        List<User> turns = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Optional<Long> next = RoundRobin.next(ids, last);
            if (next.isEmpty()) {
                return List.of();
            }
            last = next.get();
            turns.add(byId.get(last));
        }
        if (!turns.isEmpty()) {
            leads.recordLastRoutedAgent(last);
        }
        return turns;
    }
}
