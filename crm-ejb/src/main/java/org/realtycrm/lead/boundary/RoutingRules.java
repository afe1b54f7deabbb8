package org.realtycrm.lead.boundary;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.FieldChange;
import org.realtycrm.audit.entity.FieldChanges;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.identity.entity.TeamRepository;
import org.realtycrm.identity.entity.User;
import org.realtycrm.identity.entity.UserRepository;
import org.realtycrm.lead.control.LeadRouter;
import org.realtycrm.lead.entity.LeadFacts;
import org.realtycrm.lead.entity.LeadRoute;
import org.realtycrm.lead.entity.PondRepository;
import org.realtycrm.lead.entity.RoutingRule;
import org.realtycrm.lead.entity.RoutingRuleDraft;
import org.realtycrm.lead.entity.RoutingRuleRepository;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.RecordNotFoundException;
import org.realtycrm.platform.problem.StaleVersionException;

/**
 * The routing rules, kept by admins: made, changed, put in order, removed, each change audited; and the rule test,
 * which says where a sample lead would go now and why, without routing anything.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class RoutingRules {

    /** Where a sample lead would go: the route, and the rules passed over with why. */
    public record Verdict(LeadRoute route, List<String> passedOver) {
    }

    @Inject
    RoutingRuleRepository rules;

    @Inject
    UserRepository users;

    @Inject
    TeamRepository teams;

    @Inject
    PondRepository ponds;

    @Inject
    LeadRouter router;

    @Inject
    ActivityRecorder activities;

    @Inject
    CurrentUser caller;

    Clock clock = Clock.systemUTC();

    public List<RoutingRule> inOrder() {
        return rules.inOrder();
    }

    public RoutingRule find(long id) {
        return rules.find(id).orElseThrow(() -> new RecordNotFoundException("routing rule", id));
    }

    /** A new rule, tried after every rule there is. */
    public RoutingRule create(RoutingRuleDraft draft) {
        RoutingRule rule = new RoutingRule(draft, rules.nextPosition());
        checkNames(draft);
        rules.add(rule);
        audit(rule, ActivityAction.ROUTING_RULE_CREATED, "Routing rule \u201c" + rule.getName() + "\u201d made ("
                + rule.conditionsInWords() + ")", FieldChanges.created(rule.auditState()));
        return rule;
    }

    public RoutingRule change(long id, long expectedVersion, RoutingRuleDraft draft) {
        RoutingRule rule = findAt(id, expectedVersion);
        Map<String, Object> before = rule.auditState();
        rule.change(draft);
        checkNames(draft);
        audit(rule, ActivityAction.ROUTING_RULE_CHANGED, "Routing rule \u201c" + rule.getName() + "\u201d changed",
                FieldChanges.between(before, rule.auditState()));
        return rule;
    }

    /** Leads it placed stay where they are; their next move for a missed contact follows everyone's turn. */
    public void delete(long id) {
        RoutingRule rule = find(id);
        audit(rule, ActivityAction.ROUTING_RULE_DELETED, "Routing rule \u201c" + rule.getName() + "\u201d removed",
                FieldChanges.between(rule.auditState(), Map.of()));
        rules.remove(rule);
    }

    /**
     * Puts the rules in this order: every rule, each once.
     *
     * @return the rules, in their new order
     */
    public List<RoutingRule> reorder(List<Long> ids) {
        List<RoutingRule> current = rules.inOrder();
        if (ids == null || ids.size() != current.size() || !new HashSet<>(ids).equals(
                new HashSet<>(current.stream().map(RoutingRule::getId).toList()))) {
            throw new InvalidInputException("ids", "must name every routing rule once ("
                    + current.size() + " rules)");
        }
        List<String> before = current.stream().map(RoutingRule::getName).toList();
        List<RoutingRule> ordered = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            RoutingRule rule = find(ids.get(i));
            rule.moveTo(i + 1);
            ordered.add(rule);
        }
        activities.record(caller.user(), SubjectType.ROUTING_RULE, 0, ActivityAction.ROUTING_RULES_ORDERED,
                "Routing rules put in order: " + String.join(", ", ordered.stream().map(RoutingRule::getName)
                        .toList()), FieldChanges.between(Map.of("order", String.join(", ", before)),
                        Map.of("order", String.join(", ", ordered.stream().map(RoutingRule::getName).toList()))));
        return ordered;
    }

    /** Where a lead like this would go now, and why; routes nothing and takes no turn. */
    public Verdict test(LeadFacts sample) {
        LeadRouter.Explanation explanation = router.explain(sample, clock.instant());
        return new Verdict(explanation.route(), explanation.passedOver());
    }

    /** The agent, team or pond a rule names must exist (and an agent must be able to take leads). */
    private void checkNames(RoutingRuleDraft draft) {
        long target = draft.targetId();
        switch (draft.target()) {
            case AGENT -> {
                if (users.findById(target).filter(User::canOwnLeads).isEmpty()) {
                    throw new InvalidInputException("targetId", "no active agent or admin has this id");
                }
            }
            case TEAM -> teams.find(target)
                    .orElseThrow(() -> new InvalidInputException("targetId", "no team has this id"));
            case POND -> ponds.find(target)
                    .orElseThrow(() -> new InvalidInputException("targetId", "no pond has this id"));
        }
        if (draft.missPondId() != null && ponds.find(draft.missPondId()).isEmpty()) {
            throw new InvalidInputException("missPondId", "no pond has this id");
        }
    }

    private RoutingRule findAt(long id, long expectedVersion) {
        RoutingRule rule = find(id);
        if (rule.getVersion() != expectedVersion) {
            throw new StaleVersionException("routing rule", id, expectedVersion, rule.getVersion());
        }
        return rule;
    }

    private void audit(RoutingRule rule, ActivityAction action, String summary,
            Map<String, FieldChange> changes) {
        activities.record(caller.user(), SubjectType.ROUTING_RULE, rule.getId(), action, summary, changes);
    }
}
