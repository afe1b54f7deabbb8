package org.realtycrm.lead.entity;

import java.util.Collection;
import java.util.Set;

/**
 * Which leads a caller may see: all of them, or only those assigned to some agents (an agent's own; a team
 * leader's own and their team's). Every lead query takes one, so the record-level rule is applied by the
 * repository and cannot be forgotten by a caller.
 *
 * @param agentIds whose leads may be seen, or {@code null} for everyone's
 */
public record LeadVisibility(Set<Long> agentIds) {

    private static final LeadVisibility ALL = new LeadVisibility(null);

    public LeadVisibility {
        if (agentIds != null && agentIds.isEmpty()) {
            throw new IllegalArgumentException("a restricted visibility names at least its own agent");
        }
        agentIds = agentIds == null ? null : Set.copyOf(agentIds);
    }

    public static LeadVisibility all() {
        return ALL;
    }

    public static LeadVisibility assignedTo(long agentId) {
        return new LeadVisibility(Set.of(agentId));
    }

    /** The leads of any of these agents (never empty: a caller always sees their own). */
    public static LeadVisibility assignedToAnyOf(Collection<Long> agentIds) {
        return new LeadVisibility(Set.copyOf(agentIds));
    }

    public boolean isRestricted() {
        return agentIds != null;
    }

    public boolean allows(Lead lead) {
        return !isRestricted() || lead.getAssignedAgent() != null && agentIds.contains(lead.getAssignedAgent().getId());
    }

    /** Whether this caller may see (and so hand leads to) this agent's leads. */
    public boolean allowsAgent(long agentId) {
        return !isRestricted() || agentIds.contains(agentId);
    }
}
