package org.realtycrm.lead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.identity.entity.User;
import org.realtycrm.lead.boundary.Leads;

class AgentChoicesTest {

    @Test
    void offersWhomTheCallerMayGiveLeadsToAskingOncePerRequest() {
        AtomicInteger asked = new AtomicInteger();
        AgentChoices choices = new AgentChoices();
        choices.leads = new Leads() {
            @Override
            public List<User> assignees() {
                asked.incrementAndGet();
                return List.of(user(4, "Ana Agent"), user(9, "Bo Leader"));
            }
        };

        List<AgentChoices.Agent> first = choices.agents();
        List<AgentChoices.Agent> again = choices.agents();

        assertThat(first).extracting(AgentChoices.Agent::getId).containsExactly(4L, 9L);
        assertThat(first).extracting(AgentChoices.Agent::getName).containsExactly("Ana Agent", "Bo Leader");
        assertThat(again).isSameAs(first);
        assertThat(asked).hasValue(1);
    }

    private static User user(long id, String name) {
        return new User("user" + id + "@example.com", name, Role.AGENT, "hash") {
            @Override
            public Long getId() {
                return id;
            }
        };
    }
}
