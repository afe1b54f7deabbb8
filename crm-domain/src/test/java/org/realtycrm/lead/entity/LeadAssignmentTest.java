package org.realtycrm.lead.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.realtycrm.lead.entity.TestLeads.lead;

import org.junit.jupiter.api.Test;
import org.realtycrm.identity.entity.User;
import org.realtycrm.platform.problem.RuleViolationException;

class LeadAssignmentTest {

    @Test
    void anUnassignedLeadBelongsToNobody() {
        assertThat(lead().isAssignedTo(7)).isFalse();
    }

    @Test
    void assignsAnActiveAgent() {
        Lead lead = lead();

        lead.assignTo(TestUsers.agent(7));

        assertThat(lead.isAssignedTo(7)).isTrue();
        assertThat(lead.isAssignedTo(8)).isFalse();
        assertThat(lead.auditState()).containsEntry("assignedTo", "Ana Agent (7)");
    }

    @Test
    void assignsAnActiveAdmin() {
        Lead lead = lead();

        lead.assignTo(TestUsers.admin(1));

        assertThat(lead.isAssignedTo(1)).isTrue();
    }

    @Test
    void reassigningTakesTheLeadAwayFromThePreviousAgent() {
        Lead lead = lead();
        lead.assignTo(TestUsers.agent(7));

        lead.assignTo(TestUsers.agent(8));

        assertThat(lead.isAssignedTo(7)).isFalse();
        assertThat(lead.isAssignedTo(8)).isTrue();
    }

    @Test
    void refusesAnInactiveAgentAndKeepsTheCurrentOne() {
        Lead lead = lead();
        lead.assignTo(TestUsers.agent(7));
        User departed = TestUsers.agent(8);
        departed.deactivate();

        assertThatThrownBy(() -> lead.assignTo(departed))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("user 8");
        assertThat(lead.isAssignedTo(7)).isTrue();
    }

    @Test
    void refusesAClient() {
        Lead lead = lead();

        assertThatThrownBy(() -> lead.assignTo(TestUsers.client(9)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("CLIENT");
        assertThat(lead.getAssignedAgent()).isNull();
    }
}
