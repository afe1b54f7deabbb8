package org.realtycrm.lead.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.lead.entity.TestLeads.lead;

import org.junit.jupiter.api.Test;
import org.realtycrm.identity.entity.User;

class LeadVisibilityTest {

    private final Lead unassigned = lead();
    private final Lead anasLead = assigned(TestUsers.agent(7));
    private final Lead bobsLead = assigned(TestUsers.agent(8));

    @Test
    void anAdminSeesEveryLead() {
        LeadVisibility all = LeadVisibility.all();

        assertThat(all.isRestricted()).isFalse();
        assertThat(all.allows(unassigned)).isTrue();
        assertThat(all.allows(anasLead)).isTrue();
        assertThat(all.allows(bobsLead)).isTrue();
    }

    @Test
    void anAgentSeesOnlyTheirOwnLeads() {
        LeadVisibility ana = LeadVisibility.assignedTo(7);

        assertThat(ana.isRestricted()).isTrue();
        assertThat(ana.allows(anasLead)).isTrue();
        assertThat(ana.allows(bobsLead)).isFalse();
        assertThat(ana.allows(unassigned)).isFalse();
    }

    private static Lead assigned(User agent) {
        Lead lead = lead();
        lead.assignTo(agent);
        return lead;
    }
}
