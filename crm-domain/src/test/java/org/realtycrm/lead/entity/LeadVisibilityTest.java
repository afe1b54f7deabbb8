package org.realtycrm.lead.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.realtycrm.lead.entity.TestLeads.lead;

import java.util.List;
import java.util.Set;

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

    @Test
    void aTeamLeaderSeesTheirOwnAndTheirTeamsLeadsAndMayHandLeadsOnlyAmongThem() {
        Lead carlosLead = assigned(TestUsers.agent(9));
        LeadVisibility anasTeam = LeadVisibility.assignedToAnyOf(List.of(7L, 8L));

        assertThat(anasTeam.isRestricted()).isTrue();
        assertThat(anasTeam.allows(anasLead)).isTrue();
        assertThat(anasTeam.allows(bobsLead)).isTrue();
        assertThat(anasTeam.allows(carlosLead)).isFalse();
        assertThat(anasTeam.allows(unassigned)).isFalse();
        assertThat(anasTeam.allowsAgent(8)).isTrue();
        assertThat(anasTeam.allowsAgent(9)).isFalse();
        assertThat(LeadVisibility.all().allowsAgent(9)).isTrue();
    }

    @Test
    void visibilitiesOfTheSameAgentsAreEqualWhateverTheirOrder() {
        assertThat(LeadVisibility.assignedToAnyOf(List.of(8L, 7L)))
                .isEqualTo(LeadVisibility.assignedToAnyOf(Set.of(7L, 8L)))
                .hasSameHashCodeAs(LeadVisibility.assignedToAnyOf(List.of(7L, 8L, 7L)))
                .isNotEqualTo(LeadVisibility.assignedTo(7));
        assertThatThrownBy(() -> LeadVisibility.assignedToAnyOf(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Lead assigned(User agent) {
        Lead lead = lead();
        lead.assignTo(agent);
        return lead;
    }
}
