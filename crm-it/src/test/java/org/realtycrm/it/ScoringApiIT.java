package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.ProblemAssert.assertThatProblem;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Changes;
import org.realtycrm.it.support.Query;
import org.realtycrm.it.support.Scoring;

/**
 * The lead scorecard through the API: everyone who works leads reads it, with what an editor needs; administrators
 * change it against the version they read, and the audit trail says what changed. Each test puts the scorecard
 * back as it found it: the pipeline's tests score leads with it.
 */
class ScoringApiIT extends CrmIT {

    private JsonObject original;

    @BeforeEach
    void readOriginal() {
        original = Scoring.read(admin());
    }

    @AfterEach
    void putItBack() {
        Scoring.restore(original);
    }

    @Test
    void agentsReadTheScorecardWithEverySignalAnEditorOffers() {
        JsonObject card = Scoring.read(Accounts.agent().api());

        assertThat(card.getInt("hotFrom")).isGreaterThan(card.getInt("warmFrom"));
        assertThat(card.getJsonArray("rules")).isNotEmpty();
        assertThat(card.getJsonArray("rules").getValuesAs(JsonObject.class))
                .allSatisfy(rule -> assertThat(rule.getString("description")).contains(": "));
        List<JsonObject> signals = card.getJsonArray("signals").getValuesAs(JsonObject.class);
        assertThat(signals).extracting(signal -> signal.getString("name")).contains("RESPONDED",
                "EQUITY_AT_LEAST", "VACANT", "YEARS_OWNED_AT_LEAST", "VALUE_AT_MOST");
        JsonObject equity = signal(signals, "EQUITY_AT_LEAST");
        assertThat(equity.getString("words")).isEqualTo("equity at least");
        assertThat(equity.getString("unit")).isEqualTo("%");
        assertThat(signal(signals, "RESPONDED").isNull("unit")).isTrue();
        assertThat(card.getString("updatedAt")).isNotBlank();
    }

    @Test
    void agentsAndAnonymousCallersMayNotChangeIt() {
        Account agent = Accounts.agent();
        JsonObject change = Json.createObjectBuilder(Scoring.change(original).build()).add("hotFrom", 90).build();

        assertThatProblem(agent.api().put(Scoring.PATH, change)).hasStatus(403).hasType("forbidden");
        assertThatProblem(anonymous().put(Scoring.PATH, change)).hasStatus(401);
        assertThat(Scoring.read(admin()).getJsonNumber("version")).isEqualTo(original.getJsonNumber("version"));
    }

    @Test
    void anAdministratorReplacesTheRulesAndBandsAndTheAuditTrailSaysWhatChanged() {
        JsonObject change = Json.createObjectBuilder(Scoring.withRules(original, rules -> Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("signal", "RESPONDED").add("points", 40))
                        .add(Json.createObjectBuilder().add("signal", "value_at_most").add("threshold", 180000)
                                .add("points", 10))
                        .add(Json.createObjectBuilder().add("signal", "CORPORATE").add("points", -15)).build()))
                .add("hotFrom", 45).add("warmFrom", 20).build();

        JsonObject saved = admin().put(Scoring.PATH, change).expect(200).json();

        assertThat(saved.getJsonNumber("version").longValue())
                .isGreaterThan(original.getJsonNumber("version").longValue());
        assertThat(saved.getInt("hotFrom")).isEqualTo(45);
        assertThat(saved.getInt("warmFrom")).isEqualTo(20);
        assertThat(saved.getJsonArray("rules").getValuesAs(JsonObject.class))
                .extracting(rule -> rule.getString("description"))
                .containsExactly("responded: +40", "value at most $180000: +10", "corporate owner: -15");
        JsonObject read = Scoring.read(Accounts.agent().api());
        assertThat(read.getJsonArray("rules")).isEqualTo(saved.getJsonArray("rules"));
        assertThat(read.getJsonNumber("version")).isEqualTo(saved.getJsonNumber("version"));

        JsonObject entry = admin().get("/api/v1/activities" + Query.of("subjectType", "SCORECARD", "subjectId", 1,
                "action", "SCORECARD_CHANGED", "size", 1)).expect(200).items().get(0);
        assertThat(entry.getJsonObject("actor").getJsonNumber("id").longValue()).isEqualTo(Accounts.adminId());
        JsonObject changes = entry.getJsonObject("changes");
        assertThat(Changes.from(changes, "hotFrom")).isEqualTo(String.valueOf(original.getInt("hotFrom")));
        assertThat(Changes.to(changes, "hotFrom")).isEqualTo("45");
        assertThat(Changes.to(changes, "rules"))
                .isEqualTo("responded: +40; value at most $180000: +10; corporate owner: -15");
    }

    @Test
    void aSaveThatChangesNothingKeepsTheVersionAndWritesNoEntry() {
        long entries = scorecardEntries();

        JsonObject saved = admin().put(Scoring.PATH, Scoring.change(original).build()).expect(200).json();

        assertThat(saved.getJsonNumber("version")).isEqualTo(original.getJsonNumber("version"));
        assertThat(scorecardEntries()).isEqualTo(entries);
    }

    @Test
    void aChangeToAVersionSomeoneElseChangedIsRefused() {
        JsonObject first = Json.createObjectBuilder(Scoring.change(original).build())
                .add("hotFrom", original.getInt("hotFrom") + 5).build();
        admin().put(Scoring.PATH, first).expect(200);
        JsonObject late = Json.createObjectBuilder(Scoring.change(original).build())
                .add("warmFrom", original.getInt("warmFrom") - 5).build();

        assertThatProblem(admin().put(Scoring.PATH, late)).hasStatus(409).hasType("stale-version");
        assertThat(Scoring.read(admin()).getInt("warmFrom")).isEqualTo(original.getInt("warmFrom"));
    }

    @Test
    void everyWrongRuleFieldIsReportedAtOnce() {
        JsonObject change = Scoring.withRules(original, rules -> Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("signal", "MOON_PHASE").add("points", 5))
                .add(Json.createObjectBuilder().add("signal", "EQUITY_AT_LEAST").add("points", 5))
                .add(Json.createObjectBuilder().add("signal", "VACANT").add("threshold", 3).add("points", 5))
                .add(Json.createObjectBuilder().add("signal", "RESPONDED").add("points", 500)).build());

        assertThatProblem(admin().put(Scoring.PATH, change)).hasStatus(400).hasType("invalid-input")
                .hasFieldErrorsExactly("rules[0].signal", "rules[1].threshold", "rules[2].threshold",
                        "rules[3].points");
    }

    @Test
    void bandsOutOfOrderARepeatedRuleAndMissingFieldsAreRefusedByField() {
        JsonObject upsideDown = Json.createObjectBuilder(Scoring.change(original).build())
                .add("hotFrom", 10).add("warmFrom", 20).build();
        assertThatProblem(admin().put(Scoring.PATH, upsideDown)).hasStatus(400).hasFieldErrorsExactly("hotFrom");

        JsonObject repeated = Scoring.withRules(original, rules -> Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("signal", "VACANT").add("points", 5))
                .add(Json.createObjectBuilder().add("signal", "VACANT").add("points", 10)).build());
        assertThatProblem(admin().put(Scoring.PATH, repeated)).hasStatus(400).hasFieldErrorsExactly("rules[1]");

        assertThatProblem(admin().put(Scoring.PATH, Json.createObjectBuilder().add("rules",
                Json.createArrayBuilder()).build())).hasStatus(400)
                .hasFieldErrorsExactly("version", "hotFrom", "warmFrom");
        assertThat(Scoring.read(admin())).isEqualTo(original);
    }

    private static long scorecardEntries() {
        return admin().get("/api/v1/activities" + Query.of("subjectType", "SCORECARD", "subjectId", 1))
                .expect(200).total();
    }

    private static JsonObject signal(List<JsonObject> signals, String name) {
        return signals.stream().filter(signal -> signal.getString("name").equals(name)).findFirst().orElseThrow();
    }
}
