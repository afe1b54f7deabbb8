package org.realtycrm.lead.entity;

/**
 * Which leads a caller may see: all of them, or only those assigned to one agent. Every lead query takes one,
 * so the record-level rule is applied by the repository and cannot be forgotten by a caller.
 */
public record LeadVisibility(Long onlyAgentId) {

    private static final LeadVisibility ALL = new LeadVisibility(null);

    public static LeadVisibility all() {
        return ALL;
    }

    public static LeadVisibility assignedTo(long agentId) {
        return new LeadVisibility(agentId);
    }

    public boolean isRestricted() {
        return onlyAgentId != null;
    }

    public boolean allows(Lead lead) {
        return !isRestricted() || lead.isAssignedTo(onlyAgentId);
    }
}
