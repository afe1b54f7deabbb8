package org.realtycrm.lead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.realtycrm.identity.boundary.Users;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.identity.entity.User;
import org.realtycrm.identity.entity.UserQuery;
import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;

class AgentChoicesTest {

    /** The users boundary over a fixed list, filtered by role and paged as the database would. */
    static class KnownUsers extends Users {

        final List<User> all = new ArrayList<>();

        void add(Role role, String name) {
            long id = all.size() + 1L;
            all.add(new User("user" + id + "@example.com", name, role, "hash") {
                @Override
                public Long getId() {
                    return id;
                }
            });
        }

        @Override
        public Page<User> search(UserQuery query, PageRequest page) {
            List<User> matching = all.stream()
                    .filter(user -> query.role() == null || user.getRole() == query.role())
                    .toList();
            List<User> items = matching.stream().skip(page.offset()).limit(page.size()).toList();
            return Page.of(items, matching.size(), page);
        }
    }

    @Test
    void everyoneWhoMayOwnLeadsIsOfferedHoweverManyUsersThereAre() {
        KnownUsers users = new KnownUsers();
        IntStream.range(0, 300).forEach(i -> users.add(Role.CLIENT, "Client " + i));
        IntStream.range(0, 250).forEach(i -> users.add(Role.AGENT, "Agent " + i));
        users.add(Role.ADMIN, "alice Admin");
        AgentChoices choices = new AgentChoices();
        choices.users = users;

        List<AgentChoices.Agent> agents = choices.agents();

        assertThat(agents).hasSize(251);
        assertThat(agents).extracting(AgentChoices.Agent::getName).noneMatch(name -> name.startsWith("Client"));
        assertThat(agents.get(0).getName()).isEqualTo("Agent 0");
        assertThat(agents.get(agents.size() - 1).getName()).isEqualTo("alice Admin");
    }
}
