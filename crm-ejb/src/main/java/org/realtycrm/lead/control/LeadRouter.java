package org.realtycrm.lead.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.identity.entity.Team;
import org.realtycrm.identity.entity.TeamRepository;
import org.realtycrm.identity.entity.User;
import org.realtycrm.identity.entity.UserRepository;
import org.realtycrm.lead.entity.LeadFacts;
import org.realtycrm.lead.entity.LeadRoute;
import org.realtycrm.lead.entity.LeadRepository;
import org.realtycrm.lead.entity.Pond;
import org.realtycrm.lead.entity.PondRepository;
import org.realtycrm.lead.entity.RoundRobin;
import org.realtycrm.lead.entity.RoutingRule;
import org.realtycrm.lead.entity.RoutingRuleRepository;
import org.realtycrm.lead.entity.RoutingTarget;

/**
 * Chooses who gets a lead that arrives without an agent: the first active routing rule whose conditions hold sends
 * it to an agent (on duty), a team's next on-duty member, or a pond; when no rule places it, the next on-duty agent
 * of all, in turn. Turn pointers are locked database rows, so concurrent requests and several servers take turns
 * correctly. The one place that says where a new lead goes; {@link #explain} answers the same without taking a
 * turn, for the rule test.
 */
@ApplicationScoped
public class LeadRouter {

    /** The speed-to-lead deadline when a rule sets none; 0: no deadline. */
    public static final String CONTACT_WITHIN_MINUTES = "crm.routing.contact-within-minutes";

    @Inject
    LeadRepository leads;

    @Inject
    UserRepository users;

    @Inject
    TeamRepository teams;

    @Inject
    PondRepository ponds;

    @Inject
    RoutingRuleRepository rules;

    @Inject
    @ConfigProperty(name = CONTACT_WITHIN_MINUTES)
    int defaultContactMinutes;

    /** Routes a lead, taking the turn it uses. */
    public LeadRoute route(LeadFacts lead, Instant now) {
        return routeAll(List.of(lead), now).get(0);
    }

    /**
     * Routes many leads (a chunk of an import) in their order, each as {@link #route} routes one, with the rules read
     * once; the leads no rule places take their round-robin turns together, with one lock.
     */
    public List<LeadRoute> routeAll(List<LeadFacts> leads, Instant now) {
        return RoutesInOrder.route(leads, rules.inOrder(), rule -> place(rule, now, true),
                count -> nextAgents(count).stream().map(agent -> new LeadRoute(agent, null, null, due(null, now)))
                        .toList());
    }

    /**
     * Where a lead would go now, without taking a turn: for a team, the member whose turn is next. Every rule tried
     * is named with why it did not place the lead.
     */
    public Explanation explain(LeadFacts lead, Instant now) {
        List<String> tried = new ArrayList<>();
        for (RoutingRule rule : rules.inOrder()) {
            if (!rule.isActive()) {
                continue;
            }
            if (!rule.matches(lead)) {
                tried.add("\u201c" + rule.getName() + "\u201d: not for this lead (" + rule.conditionsInWords() + ")");
                continue;
            }
            Optional<LeadRoute> placed = place(rule, now, false);
            if (placed.isPresent()) {
                return new Explanation(placed.get(), tried);
            }
            tried.add("\u201c" + rule.getName() + "\u201d: nobody on duty to take it");
        }
        List<User> onDuty = onDutyAgents();
        Long last = leads.lastRoutedAgent();
        Optional<User> next = RoundRobin.next(onDuty.stream().map(User::getId).toList(), last)
                .flatMap(id -> onDuty.stream().filter(agent -> agent.getId().equals(id)).findFirst());
        return new Explanation(next.map(agent -> new LeadRoute(agent, null, null, due(null, now))).orElse(LeadRoute.NOWHERE),
                tried);
    }

    /** Where a lead would go, and the rules tried before (each with why it did not place the lead). */
    public record Explanation(LeadRoute route, List<String> passedOver) {
    }

    /**
     * The next agent after {@code current} in the turn the lead was routed by: its rule's team, else everyone's.
     * Never {@code current} again; empty when nobody else is on duty.
     */
    public Optional<User> nextAfter(RoutingRule rule, long current) {
        if (rule != null && rule.getTarget() == RoutingTarget.TEAM) {
            Optional<Team> team = teams.find(rule.targetId());
            if (team.isEmpty()) {
                return Optional.empty();
            }
            return takeTurnExcept(team.get(), current);
        }
        Long last = leads.lockLastRoutedAgent();
        List<Long> ids = onDutyAgents().stream().map(User::getId).filter(id -> id != current).toList();
        Optional<Long> next = RoundRobin.next(ids, last);
        next.ifPresent(leads::recordLastRoutedAgent);
        return next.flatMap(users::findById);
    }

    /** The speed-to-lead deadline for a lead an agent gets now by this rule (or in turn); {@code null}: none. */
    public Instant due(RoutingRule rule, Instant now) {
        Integer minutes = rule == null || rule.getContactWithinMinutes() == null ? Integer.valueOf(defaultContactMinutes)
                : rule.getContactWithinMinutes();
        return minutes <= 0 ? null : now.plus(Duration.ofMinutes(minutes));
    }

    private Optional<LeadRoute> place(RoutingRule rule, Instant now, boolean takeTurn) {
        return switch (rule.getTarget()) {
            case AGENT -> users.findById(rule.targetId()).filter(User::takesRoutedLeads)
                    .map(agent -> new LeadRoute(agent, null, rule, due(rule, now)));
            case TEAM -> teams.find(rule.targetId())
                    .flatMap(team -> takeTurn ? takeTurnExcept(team, null) : peekTurn(team))
                    .map(agent -> new LeadRoute(agent, null, rule, due(rule, now)));
            case POND -> ponds.find(rule.targetId()).map(pond -> new LeadRoute(null, pond, rule, null));
        };
    }

    private Optional<User> takeTurnExcept(Team team, Long except) {
        Long last = teams.lockLastTurn(team.getId());
        List<User> members = onDutyMembers(team).stream().filter(member -> !member.getId().equals(except)).toList();
        Optional<User> next = RoundRobin.next(members.stream().map(User::getId).toList(), last)
                .flatMap(id -> members.stream().filter(member -> member.getId().equals(id)).findFirst());
        next.ifPresent(member -> teams.recordLastTurn(team.getId(), member.getId()));
        return next;
    }

    private Optional<User> peekTurn(Team team) {
        List<User> members = onDutyMembers(team);
        Long last = teams.lastTurn(team.getId());
        return RoundRobin.next(members.stream().map(User::getId).toList(), last)
                .flatMap(id -> members.stream().filter(member -> member.getId().equals(id)).findFirst());
    }

    private List<User> onDutyMembers(Team team) {
        return users.findAll(team.getMemberIds()).stream().filter(User::takesRoutedLeads)
                .sorted(Comparator.comparing(User::getId)).toList();
    }

    private List<User> onDutyAgents() {
        return users.activeAgentsInTurnOrder().stream().filter(User::isOnDuty).toList();
    }

    /** @return the agent whose turn it is among all on-duty agents, or empty when none is on duty */
    public Optional<User> nextAgent() {
        return nextAgents(1).stream().findFirst();
    }

    /**
     * The agents for the next {@code count} leads, in turn among all on-duty agents, with one lock and one read
     * however many there are (a batch of imported leads is routed as one).
     *
     * @return {@code count} agents, or none when no agent is on duty
     */
    public List<User> nextAgents(int count) {
        Long last = leads.lockLastRoutedAgent();
        List<User> agents = onDutyAgents();
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
