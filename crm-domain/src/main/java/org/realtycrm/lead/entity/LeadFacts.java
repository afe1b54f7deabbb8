package org.realtycrm.lead.entity;

/** What the routing rules read of a lead: where it came from and what it wants. */
public record LeadFacts(String source, LeadProfile profile) {

    public LeadFacts {
        profile = profile == null ? LeadProfile.NONE : profile;
    }

    public static LeadFacts of(Lead lead) {
        return new LeadFacts(lead.getSource(), lead.profile());
    }
}
