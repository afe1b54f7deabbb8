package org.realtycrm.lead.entity;

import java.time.Instant;

import org.realtycrm.identity.entity.User;

/** Where a lead goes: to an agent (by a rule or in turn), into a pond, or nowhere (no agent on duty). */
public record LeadRoute(User agent, Pond pond, RoutingRule rule, Instant contactDue) {

    public static final LeadRoute NOWHERE = new LeadRoute(null, null, null, null);

    public boolean isNowhere() {
        return agent == null && pond == null;
    }

    /** How it was routed, for the timeline: "routed by rule “Spanish” to Ana Lopez", "routed round-robin". */
    public String words() {
        String by = rule == null ? "" : " by rule \u201c" + rule.getName() + "\u201d";
        if (pond != null) {
            return "put in pond " + pond.getName() + by;
        }
        if (agent == null) {
            return "unassigned (no agent on duty)";
        }
        return rule == null ? "routed round-robin" : "routed" + by + " to " + agent.getName();
    }
}
