package org.realtycrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.realtycrm.it.CrmIT;
import org.realtycrm.it.browser.pages.AppShell;
import org.realtycrm.it.browser.pages.ScoringPage;
import org.realtycrm.it.browser.pages.SignInPage;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.ItProperties;
import org.realtycrm.it.support.Scoring;

/**
 * An administrator edits the lead scorecard on its screen: a rule's points, a new rule, the bands; wrong values are
 * shown next to their fields, someone else's change meanwhile is not overwritten, and "Try it" scores an owner.
 * Agents have no such screen. Each test puts the scorecard back as it found it: the pipeline's tests score with it.
 */
class ScoringScreenIT extends CrmIT {

    private final Browser browser = Browser.desktop();
    private JsonObject original;

    @BeforeEach
    void readOriginal() {
        original = Scoring.read(admin());
    }

    @AfterEach
    void closeBrowserAndPutTheScorecardBack() {
        try {
            browser.close();
        } finally {
            Scoring.restore(original);
        }
    }

    @Test
    void anAdministratorChangesARuleAddsOneAndMovesTheBands() {
        ScoringPage scoring = signInAsAdmin();
        int rules = scoring.ruleCount();
        assertThat(scoring.rules()).hasSize(original.getJsonArray("rules").size());

        scoring.points(0, 45);
        int added = scoring.addRule();
        assertThat(scoring.thresholdEnabled(added)).isFalse();
        scoring.signal(added, "value at most", "$").threshold(added, "180000").points(added, 7);
        assertThat(scoring.thresholdEnabled(added)).isTrue();
        scoring.bands(60, 30);

        assertThat(scoring.save()).contains("Saved the scorecard.");
        assertThat(scoring.rule(added)).isEqualTo("value at most | 180000 $ | 7");

        JsonObject saved = Scoring.read(admin());
        assertThat(saved.getInt("hotFrom")).isEqualTo(60);
        assertThat(saved.getInt("warmFrom")).isEqualTo(30);
        List<JsonObject> savedRules = saved.getJsonArray("rules").getValuesAs(JsonObject.class);
        assertThat(savedRules).hasSize(rules + 1);
        assertThat(savedRules.get(0).getInt("points")).isEqualTo(45);
        assertThat(savedRules.get(rules).getString("description")).isEqualTo("value at most $180000: +7");
    }

    @Test
    void wrongValuesAreShownNextToTheirFieldsAndNothingIsSaved() {
        ScoringPage scoring = signInAsAdmin();
        int added = scoring.addRule();
        scoring.signal(added, "equity at least", "%").points(added, 5);

        scoring.save();
        assertThat(scoring.fieldError("rules:" + added + ":threshold")).contains("is required");

        scoring.threshold(added, "40").bands(10, 20);
        scoring.save();
        assertThat(scoring.fieldError("hotFrom")).contains("must be above warmFrom");

        assertThat(Scoring.read(admin())).isEqualTo(original);
    }

    @Test
    void aChangeSomeoneElseSavedMeanwhileIsNotOverwritten() {
        ScoringPage scoring = signInAsAdmin();
        JsonObject theirs = Json.createObjectBuilder(Scoring.change(original).build())
                .add("hotFrom", original.getInt("hotFrom") + 7).build();
        admin().put(Scoring.PATH, theirs).expect(200);

        scoring.bands(original.getInt("hotFrom") + 1, original.getInt("warmFrom"));

        assertThat(scoring.save()).contains("Someone else changed the scorecard");
        assertThat(scoring.hotFrom()).isEqualTo(String.valueOf(original.getInt("hotFrom") + 7));
        assertThat(Scoring.read(admin()).getInt("hotFrom")).isEqualTo(original.getInt("hotFrom") + 7);
    }

    @Test
    void tryItScoresAnOwnerWithTheRulesOnTheScreen() {
        ScoringPage scoring = signInAsAdmin();
        // an owner who responded and has 60 % equity, scored with a screen where only those two rules count
        while (scoring.ruleCount() > 0) {
            scoring.removeLast();
        }
        scoring.signal(scoring.addRule(), "responded", "").points(0, 30);
        scoring.signal(scoring.addRule(), "equity at least", "%").threshold(1, "50").points(1, 25);
        scoring.bands(50, 25);

        assertThat(scoring.tryResponderWithEquity("60")).isEqualTo("55 points: hot");
        assertThat(Scoring.read(admin())).isEqualTo(original);
    }

    @Test
    void agentsHaveNoScoringScreen() {
        Account agent = Accounts.agent();
        AppShell shell = SignInPage.open(browser).signIn(agent.email(), agent.password());

        assertThat(shell.hasMenuItem("scoring")).isFalse();
        browser.open("scoring.xhtml");
        assertThat(browser.driver().getPageSource()).contains("Your account cannot open this page")
                .doesNotContain("Hot from");
    }

    private ScoringPage signInAsAdmin() {
        SignInPage.open(browser).signIn(ItProperties.adminEmail(), ItProperties.adminPassword()).go("scoring");
        return new ScoringPage(browser);
    }
}
