package org.realtycrm.lead.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.ConflictException;

class DuplicateLeadExceptionTest {

    @Test
    void namesTheExistingLeadWhenTheCallerMaySeeIt() {
        DuplicateLeadException e = new DuplicateLeadException("email", "maria@example.com", 42L);

        assertThat(e).isInstanceOf(ConflictException.class)
                .hasMessage("lead 42 already has email maria@example.com");
        assertThat(e.existingLeadId()).isEqualTo(42L);
        assertThat(e.field()).isEqualTo("email");
    }

    @Test
    void saysOnlyThatTheContactIsTakenWhenTheCallerMayNotSeeTheLead() {
        DuplicateLeadException e = new DuplicateLeadException("phone", "+14155550132", null);

        assertThat(e).hasMessage("a lead with phone +14155550132 already exists and is assigned to another agent");
        assertThat(e.existingLeadId()).isNull();
    }
}
