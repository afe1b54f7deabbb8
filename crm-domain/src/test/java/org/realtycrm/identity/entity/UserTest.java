package org.realtycrm.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.realtycrm.platform.problem.InvalidInput.rejectedField;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class UserTest {

    private static final String HASH = "$argon2id$v=19$m=65536,t=3,p=1$c2FsdA$aGFzaA";

    @Test
    void startsActiveWithItsEmailNormalisedAndItsNameStripped() {
        User user = new User("  Ana.Agent@Example.COM ", "  Ana Agent ", Role.AGENT, HASH);

        assertThat(user.isActive()).isTrue();
        assertThat(user.getEmail()).isEqualTo("ana.agent@example.com");
        assertThat(user.getName()).isEqualTo("Ana Agent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ana", "ana@example", "ana @example.com"})
    void refusesAMalformedEmail(String email) {
        assertThat(rejectedField(() -> new User(email, "Ana", Role.AGENT, HASH)).field()).isEqualTo("email");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void cannotBeCreatedWithoutAnEmail(String email) {
        // the Users boundary reports a blank email as invalid input before it gets here
        assertThatThrownBy(() -> new User(email, "Ana", Role.AGENT, HASH)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void renameStripsTheNewName() {
        User user = ana();

        user.rename("\tAna Maria Agent  ");

        assertThat(user.getName()).isEqualTo("Ana Maria Agent");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void refusesABlankNameAndKeepsTheOldOne(String name) {
        User user = ana();

        assertThat(rejectedField(() -> user.rename(name)).field()).isEqualTo("name");
        assertThat(user.getName()).isEqualTo("Ana Agent");
    }

    @Test
    void limitsNamesTo120Characters() {
        User user = ana();

        user.rename("A".repeat(120));

        assertThat(user.getName()).hasSize(120);
        assertThat(rejectedField(() -> user.rename("A".repeat(121))).field()).isEqualTo("name");
    }

    @ParameterizedTest(name = "{0}, active {1}: may own leads {2}")
    @CsvSource({
        "ADMIN,  true,  true",
        "AGENT,  true,  true",
        "CLIENT, true,  false",
        "ADMIN,  false, false",
        "AGENT,  false, false",
        "CLIENT, false, false"})
    void onlyActiveAgentsAndAdminsMayOwnLeads(Role role, boolean active, boolean mayOwnLeads) {
        User user = new User("someone@example.com", "Someone", role, HASH);
        if (!active) {
            user.deactivate();
        }

        assertThat(user.canOwnLeads()).isEqualTo(mayOwnLeads);
    }

    @Test
    void aReactivatedAgentMayOwnLeadsAgain() {
        User user = ana();
        user.deactivate();

        user.activate();

        assertThat(user.isActive()).isTrue();
        assertThat(user.canOwnLeads()).isTrue();
    }

    @Test
    void aDemotedAgentMayNoLongerOwnLeads() {
        User user = ana();

        user.changeRole(Role.CLIENT);

        assertThat(user.canOwnLeads()).isFalse();
    }

    @Test
    void auditStateShowsTheProfileButNeverThePasswordHash() {
        User user = ana();
        user.changePasswordHash("$argon2id$second-hash");

        assertThat(user.auditState()).containsOnlyKeys("email", "name", "role", "active", "onDuty");
        assertThat(user.auditState().values()).map(String::valueOf)
                .noneMatch(value -> value.contains("argon2id"));
        assertThat(user.getPasswordHash()).isEqualTo("$argon2id$second-hash");
    }

    private static User ana() {
        return new User("ana@example.com", "Ana Agent", Role.AGENT, HASH);
    }
}
