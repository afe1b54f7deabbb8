package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.realtycrm.it.support.ProblemAssert.assertThatProblem;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Api;
import org.realtycrm.it.support.ItProperties;
import org.realtycrm.it.support.Jwt;
import org.realtycrm.it.support.Response;
import org.realtycrm.it.support.Unique;

/** Signing in, what a token says, when a token stops working, and the brake on guessing passwords. */
class AuthIT extends CrmIT {

    private static final String ME = "/api/v1/users/me";

    /** One signed-in agent whose token the bad-token cases start from (sign-ins are rate-limited). */
    private static Account tokenHolder;

    @Test
    void signInIssuesABearerJwtNamingTheUserAndTheirRole() {
        Account agent = Accounts.agent();

        Response response = Api.requestToken(agent.email(), agent.password());

        assertThat(response.expect(200).contentType()).isEqualTo("application/json");
        JsonObject token = response.json();
        assertThat(token.getString("token_type")).isEqualTo("Bearer");
        long expiresIn = token.getJsonNumber("expires_in").longValue();
        assertThat(expiresIn).isPositive();
        JsonObject claims = Jwt.parse(token.getString("access_token")).payload();
        assertThat(claims.getString("upn")).isEqualTo(agent.email());
        assertThat(claims.getString("sub")).isNotBlank();
        assertThat(groups(claims)).containsExactly("AGENT");
        assertThat(claims.getJsonNumber("exp").longValue())
                .isCloseTo(Instant.now().getEpochSecond() + expiresIn, within(120L));
        assertThat(response.body()).doesNotContain(agent.password());

        JsonObject me = Api.withToken(token.getString("access_token")).get(ME).expect(200).json();
        assertThat(me.getJsonNumber("id").longValue()).isEqualTo(agent.id());
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameRefusal() {
        Account agent = Accounts.agent();

        Response wrongPassword = Api.requestToken(agent.email(), agent.password() + "-not");
        Response unknownEmail = Api.requestToken(Unique.email("nobody"), agent.password());

        assertThatProblem(wrongPassword).hasStatus(401).hasType("unauthenticated");
        assertThatProblem(unknownEmail).hasStatus(401).hasType("unauthenticated");
        assertThat(unknownEmail.json().getString("detail")).isEqualTo(wrongPassword.json().getString("detail"));
        assertThat(unknownEmail.json().getString("title")).isEqualTo(wrongPassword.json().getString("title"));
    }

    @Test
    void deactivatedUserIsSignedOutAndCannotSignInAgain() {
        Account agent = Accounts.agent();
        Api session = agent.api();
        session.get(ME).expect(200);

        Accounts.deactivate(agent);

        assertThatProblem(session.get(ME)).hasStatus(401).hasType("unauthenticated");
        assertThatProblem(Api.requestToken(agent.email(), agent.password())).hasStatus(401).hasType("unauthenticated");
    }

    @Test
    void reactivatedUserCanSignInAgain() {
        Account agent = Accounts.agent();
        Accounts.deactivate(agent);

        Accounts.reactivate(agent);

        assertThat(Api.requestToken(agent.email(), agent.password()).status()).isEqualTo(200);
    }

    @Test
    void roleChangeRevokesTheOldTokenAndTheNewTokenCarriesTheNewRole() {
        Account agent = Accounts.agent();
        Api asAgent = agent.api();
        asAgent.get(ME).expect(200);

        Accounts.changeRole(agent, "CLIENT");

        assertThatProblem(asAgent.get(ME)).hasStatus(401).hasType("unauthenticated");
        Api asClient = agent.signInAgain();
        assertThat(groups(Jwt.parse(asClient.token()).payload())).containsExactly("CLIENT");
        assertThat(asClient.get(ME).expect(200).json().getString("role")).isEqualTo("CLIENT");
        assertThatProblem(asClient.get("/api/v1/leads")).hasStatus(403).hasType("forbidden");
    }

    @Test
    void passwordChangeSignsTheAccountOutEverywhere() {
        Account agent = Accounts.agent();
        Api before = agent.api();
        before.get(ME).expect(200);
        String newPassword = "changed-" + Unique.word() + "-password";

        Accounts.patch(agent, Json.createObjectBuilder().add("password", newPassword).build());

        assertThatProblem(before.get(ME)).hasStatus(401).hasType("unauthenticated");
        assertThat(Api.requestToken(agent.email(), agent.password()).status()).as("the old password").isEqualTo(401);
        Api.signIn(agent.email(), newPassword).get(ME).expect(200);
    }

    @Test
    void renamingAUserKeepsTheirTokenWorking() {
        Account agent = Accounts.agent();
        Api session = agent.api();

        Accounts.patch(agent, Json.createObjectBuilder().add("name", "Renamed " + Unique.name()).build());

        assertThat(session.get(ME).status()).isEqualTo(200);
    }

    /** The control for {@link BadToken#EXPIRED}: re-signing with the server's key is not what gets a token refused. */
    @Test
    void tokenResignedUnchangedWithTheServerKeyStillWorks() {
        String resigned = Jwt.parse(validToken()).signedWith(Jwt.readPrivateKey(ItProperties.jwtPrivateKey()));

        assertThat(Api.withToken(resigned).get(ME).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(BadToken.class)
    void badCredentialsInTheAuthorizationHeaderAreRefused(BadToken bad) {
        Api caller = Api.withAuthorization(bad.authorization(validToken()));

        assertThatProblem(caller.get(ME)).hasStatus(401).hasType("unauthenticated");
    }

    @Test
    void repeatedFailedSignInsForOneEmailAreThrottled() {
        Account target = Accounts.agent();
        List<Integer> statuses = new ArrayList<>();
        Response last = null;
        for (int attempt = 1; attempt <= 30 && !statuses.contains(429); attempt++) {
            last = Api.requestToken(target.email(), "wrong-password-" + attempt);
            statuses.add(last.status());
        }

        assertThat(statuses).as("consecutive failed sign-ins").endsWith(429).first().isEqualTo(401);
        assertThat(statuses.subList(0, statuses.size() - 1)).containsOnly(401);
        assertThatProblem(last).hasStatus(429).hasType("too-many-requests");
        assertThat(last.header("Retry-After")).as("Retry-After").isNotNull().matches("\\d+");
        assertThat(Long.parseLong(last.header("Retry-After"))).isBetween(1L, 300L);
        // while the email is throttled even the right password is turned away; other emails are not throttled
        assertThat(Api.requestToken(target.email(), target.password()).status()).isEqualTo(429);
        assertThat(Api.requestToken(Unique.email("bystander"), "some-password-123").status()).isEqualTo(401);
    }

    /** Authorization headers that must not get anyone in, each made from a valid token. */
    enum BadToken {
        NOT_A_JWT {
            @Override
            String authorization(String valid) {
                return "Bearer not-a-token";
            }
        },
        THREE_PARTS_OF_NONSENSE {
            @Override
            String authorization(String valid) {
                return "Bearer aGVsbG8.d29ybGQ.c2lnbmF0dXJl";
            }
        },
        CLAIMS_TAMPERED_TO_ADMIN {
            @Override
            String authorization(String valid) {
                Jwt jwt = Jwt.parse(valid);
                JsonObject claims = Json.createObjectBuilder(jwt.payload())
                        .add("groups", Json.createArrayBuilder().add("ADMIN")).build();
                return "Bearer " + jwt.withPayload(claims).withOriginalSignature();
            }
        },
        SIGNED_BY_ANOTHER_KEY {
            @Override
            String authorization(String valid) {
                return "Bearer " + Jwt.parse(valid).signedWith(Jwt.strangerKey());
            }
        },
        UNSIGNED {
            @Override
            String authorization(String valid) {
                Jwt jwt = Jwt.parse(valid);
                JsonObject none = Json.createObjectBuilder(jwt.header()).add("alg", "none").build();
                return "Bearer " + Jwt.encode(none) + "." + Jwt.encode(jwt.payload()) + ".";
            }
        },
        EXPIRED {
            @Override
            String authorization(String valid) {
                Jwt jwt = Jwt.parse(valid);
                JsonObject claims = Json.createObjectBuilder(jwt.payload())
                        .add("exp", Instant.now().minusSeconds(15 * 60).getEpochSecond()).build();
                return "Bearer " + jwt.withPayload(claims).signedWith(Jwt.readPrivateKey(ItProperties.jwtPrivateKey()));
            }
        },
        BASIC_CREDENTIALS_INSTEAD_OF_A_TOKEN {
            @Override
            String authorization(String valid) {
                String credentials = ItProperties.adminEmail() + ":" + ItProperties.adminPassword();
                return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
            }
        };

        abstract String authorization(String validToken);
    }

    private static synchronized String validToken() {
        if (tokenHolder == null) {
            tokenHolder = Accounts.agent();
        }
        return tokenHolder.api().token();
    }

    private static List<String> groups(JsonObject claims) {
        return claims.getJsonArray("groups").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
