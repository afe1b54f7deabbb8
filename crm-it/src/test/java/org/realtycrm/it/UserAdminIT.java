package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.ProblemAssert.assertThatProblem;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Api;
import org.realtycrm.it.support.Changes;
import org.realtycrm.it.support.Query;
import org.realtycrm.it.support.Response;
import org.realtycrm.it.support.Unique;
import org.realtycrm.it.support.UserJson;

/** An admin managing users: creating, finding, changing and deactivating them, and the trail that leaves. */
class UserAdminIT extends CrmIT {

    private static final String USERS = Accounts.USERS;

    @ParameterizedTest
    @ValueSource(strings = {"AGENT", "CLIENT", "ADMIN"})
    void adminCreatesUsersOfEveryRoleWithoutEverEchoingThePassword(String role) {
        UserJson input = UserJson.newUser(role);

        Response created = admin().post(USERS, input.build());

        assertThat(created.expect(201).contentType()).isEqualTo("application/json");
        JsonObject user = created.json();
        long id = user.getJsonNumber("id").longValue();
        assertThat(created.header("Location")).endsWith(USERS + "/" + id);
        assertThat(user.getString("email")).isEqualTo(input.email());
        assertThat(user.getString("name")).isEqualTo(input.name());
        assertThat(user.getString("role")).isEqualTo(role);
        assertThat(user.getBoolean("active")).isTrue();
        assertThat(user).containsKeys("createdAt", "updatedAt", "version")
                .doesNotContainKeys("password", "passwordHash");
        assertThat(created.body()).doesNotContain(input.password());

        Response fetched = admin().get(created.header("Location"));
        assertThat(fetched.expect(200).json().getString("email")).isEqualTo(input.email());
        assertThat(fetched.body()).doesNotContain(input.password());
    }

    @Test
    void emailsAreStoredLowerCasedAndTakenOnlyOnceWhateverTheirCase() {
        String mixedCase = "Mixed.Case." + Unique.word() + "@IT.RealtyCRM.test";
        JsonObject user = admin().create(USERS, UserJson.newUser("AGENT").email(mixedCase).build());
        assertThat(user.getString("email")).isEqualTo(mixedCase.toLowerCase(Locale.ROOT));

        Response again = admin().post(USERS,
                UserJson.newUser("CLIENT").email(mixedCase.toUpperCase(Locale.ROOT)).build());

        assertThatProblem(again).hasStatus(409).hasType("conflict");
    }

    static List<Arguments> invalidUsers() {
        return List.of(
                Arguments.of("password", (UnaryOperator<UserJson>) user -> user.password("eleven-char")),
                Arguments.of("email", (UnaryOperator<UserJson>) user -> user.email("not-an-email")),
                Arguments.of("email", (UnaryOperator<UserJson>) user -> user.email(null)),
                Arguments.of("role", (UnaryOperator<UserJson>) user -> user.role("OWNER")),
                Arguments.of("name", (UnaryOperator<UserJson>) user -> user.name("  ")));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("invalidUsers")
    void invalidUserInputIsReportedByField(String field, UnaryOperator<UserJson> spoil) {
        UserJson input = spoil.apply(UserJson.newUser("AGENT"));

        Response response = admin().post(USERS, input.build());

        assertThatProblem(response).hasStatus(400).hasType("invalid-input").hasFieldError(field);
        assertThat(response.body()).doesNotContain(input.password());
    }

    @Test
    void listFiltersByRoleActivityAndTextWithAPagedTotal() {
        String team = Unique.word();
        Account active = Accounts.create(UserJson.newUser("AGENT").name("Agent " + team + " One"));
        Account inactive = Accounts.create(UserJson.newUser("AGENT").name("Agent " + team + " Two"));
        Account client = Accounts.create(UserJson.newUser("CLIENT").name("Client " + team));
        Accounts.deactivate(inactive);

        assertThat(userIds(Query.of("q", team))).containsExactlyInAnyOrder(active.id(), inactive.id(), client.id());
        assertThat(userIds(Query.of("q", team.toUpperCase(Locale.ROOT), "role", "AGENT")))
                .containsExactlyInAnyOrder(active.id(), inactive.id());
        assertThat(userIds(Query.of("q", team, "role", "AGENT", "active", true))).containsExactly(active.id());
        assertThat(userIds(Query.of("q", team, "active", false))).containsExactly(inactive.id());
        assertThat(userIds(Query.of("q", client.email()))).containsExactly(client.id());

        Response firstPage = admin().get(USERS + Query.of("q", team, "page", 0, "size", 2)).expect(200);
        Response secondPage = admin().get(USERS + Query.of("q", team, "page", 1, "size", 2)).expect(200);
        assertThat(firstPage.total()).isEqualTo(3);
        assertThat(firstPage.json().getInt("page")).isZero();
        assertThat(firstPage.json().getInt("size")).isEqualTo(2);
        assertThat(firstPage.ids()).hasSize(2).doesNotContainAnyElementsOf(secondPage.ids());
        assertThat(secondPage.ids()).hasSize(1);
        assertThatProblem(admin().get(USERS + Query.of("active", "yes"))).hasStatus(400).hasType("invalid-input")
                .hasFieldError("active");
    }

    @Test
    void patchChangesOnlyTheFieldsSent() {
        Account agent = Accounts.agent();
        String newName = "Renamed " + Unique.name();

        JsonObject renamed = Accounts.patch(agent, Json.createObjectBuilder().add("name", newName).build());
        JsonObject promoted = Accounts.changeRole(agent, "ADMIN");
        JsonObject deactivated = Accounts.deactivate(agent);

        assertThat(renamed.getString("name")).isEqualTo(newName);
        assertThat(renamed.getString("role")).isEqualTo("AGENT");
        assertThat(renamed.getBoolean("active")).isTrue();
        assertThat(promoted.getString("role")).isEqualTo("ADMIN");
        assertThat(promoted.getString("name")).isEqualTo(newName);
        assertThat(deactivated.getBoolean("active")).isFalse();
        assertThat(deactivated.getString("role")).isEqualTo("ADMIN");
        assertThat(deactivated.getString("email")).isEqualTo(agent.email());
        assertThat(deactivated.getJsonNumber("version").longValue())
                .isGreaterThan(renamed.getJsonNumber("version").longValue());
        assertThat(admin().get(Accounts.path(agent.id())).expect(200).json().getBoolean("active")).isFalse();
    }

    @Test
    void newPasswordReplacesTheOldOne() {
        Account agent = Accounts.agent();
        String newPassword = "brand-new-secret-" + Unique.word();

        Response patched = admin().patch(Accounts.path(agent.id()),
                Json.createObjectBuilder().add("password", newPassword).build());

        assertThat(patched.expect(200).body()).doesNotContain(newPassword);
        assertThat(Api.requestToken(agent.email(), agent.password()).status()).isEqualTo(401);
        assertThat(Api.requestToken(agent.email(), newPassword).status()).isEqualTo(200);
    }

    @Test
    void patchingInAWeakPasswordIsRefused() {
        Account agent = Accounts.agent();

        Response response = admin().patch(Accounts.path(agent.id()),
                Json.createObjectBuilder().add("password", "short").build());

        assertThatProblem(response).hasStatus(400).hasType("invalid-input").hasFieldError("password");
    }

    @Test
    void adminCannotDemoteOrDeactivateThemselves() {
        Account admin = Accounts.newAdmin();
        String self = Accounts.path(admin.id());

        Response demote = admin.api().patch(self, Json.createObjectBuilder().add("role", "AGENT").build());
        Response deactivate = admin.api().patch(self, Json.createObjectBuilder().add("active", false).build());

        assertThatProblem(demote).hasStatus(409).hasType("conflict");
        assertThatProblem(deactivate).hasStatus(409).hasType("conflict");
        JsonObject me = admin.api().get(USERS + "/me").expect(200).json();
        assertThat(me.getString("role")).isEqualTo("ADMIN");
        assertThat(me.getBoolean("active")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AGENT", "CLIENT", "ADMIN"})
    void everySignedInUserCanReadTheirOwnProfile(String role) {
        UserJson input = UserJson.newUser(role);
        Account user = Accounts.create(input);

        Response me = user.api().get(USERS + "/me");

        JsonObject profile = me.expect(200).json();
        assertThat(profile.getJsonNumber("id").longValue()).isEqualTo(user.id());
        assertThat(profile.getString("email")).isEqualTo(input.email());
        assertThat(profile.getString("role")).isEqualTo(role);
        assertThat(me.body()).doesNotContain(input.password());
    }

    @Test
    void unknownUserIsNotFound() {
        assertThatProblem(admin().get(Accounts.path(Long.MAX_VALUE / 2))).hasStatus(404).hasType("not-found");
        assertThatProblem(admin().patch(Accounts.path(Long.MAX_VALUE / 2),
                Json.createObjectBuilder().add("name", "Nobody").build())).hasStatus(404).hasType("not-found");
    }

    @Test
    void everyChangeToAUserIsInTheAuditTrailWithBeforeAndAfter() {
        Account agent = Accounts.agent();
        String newName = "Renamed " + Unique.name();
        String newPassword = "another-long-secret-" + Unique.word();
        Accounts.patch(agent, Json.createObjectBuilder().add("name", newName).build());
        Accounts.changeRole(agent, "CLIENT");
        Accounts.deactivate(agent);
        Accounts.reactivate(agent);
        Accounts.patch(agent, Json.createObjectBuilder().add("password", newPassword).build());

        Response trail = admin().get("/api/v1/activities" + Query.of("subjectType", "USER", "subjectId", agent.id()));

        List<JsonObject> activities = trail.expect(200).items();
        assertThat(activities).extracting(activity -> activity.getString("action")).containsExactly(
                "PASSWORD_CHANGED", "USER_REACTIVATED", "USER_DEACTIVATED", "ROLE_CHANGED", "USER_UPDATED",
                "USER_CREATED");
        assertThat(activities).allSatisfy(activity -> {
            assertThat(activity.getString("subjectType")).isEqualTo("USER");
            assertThat(activity.getJsonNumber("subjectId").longValue()).isEqualTo(agent.id());
            assertThat(activity.getJsonObject("actor").getJsonNumber("id").longValue()).isEqualTo(Accounts.adminId());
            assertThat(activity.getString("summary")).isNotBlank();
        });
        assertChange(activities.get(4), "name", agent.name(), newName);
        assertChange(activities.get(3), "role", "AGENT", "CLIENT");
        assertChange(activities.get(2), "active", "true", "false");
        assertChange(activities.get(1), "active", "false", "true");
        assertThat(Changes.to(activities.get(5).getJsonObject("changes"), "email")).isEqualTo(agent.email());
        assertThat(trail.body()).doesNotContain(newPassword).doesNotContain(agent.password());
    }

    private static void assertChange(JsonObject activity, String field, String from, String to) {
        JsonObject changes = activity.getJsonObject("changes");
        assertThat(changes.keySet()).as("changed fields of %s", activity).containsExactly(field);
        assertThat(Changes.from(changes, field)).as("%s before", field).isEqualTo(from);
        assertThat(Changes.to(changes, field)).as("%s after", field).isEqualTo(to);
    }

    private static List<Long> userIds(String query) {
        return admin().get(USERS + query).expect(200).ids();
    }
}
