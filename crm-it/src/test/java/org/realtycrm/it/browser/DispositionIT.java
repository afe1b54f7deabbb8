package org.realtycrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.LeadJson.newLead;
import static org.realtycrm.it.support.Leads.id;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.realtycrm.it.CrmIT;
import org.realtycrm.it.browser.pages.DispositionPage;
import org.realtycrm.it.browser.pages.SignInPage;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Unique;

/** An agent triages a purchased list's leads on the disposition screen, hands on the keyboard. */
class DispositionIT extends CrmIT {

    private final Browser browser = Browser.desktop();

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anAgentTriagesTheirNewLeadsByKeyAndSeesNoOtherAgentsLead() {
        Account agent = Accounts.agent();
        Account other = Accounts.agent();
        String list = "List: " + Unique.name();
        JsonObject oldest = adminLeads().create(newLead().source(list).assignedTo(agent.id()));
        JsonObject middle = adminLeads().create(newLead().source(list).assignedTo(agent.id()));
        JsonObject newest = adminLeads().create(newLead().source(list).assignedTo(agent.id()));
        JsonObject foreign = adminLeads().create(newLead().source(list).assignedTo(other.id()));
        String optedOut = middle.getJsonArray("phones").getJsonObject(0).getString("number");
        agent.api().post("/api/v1/pipeline/dnc/internal", Json.createObjectBuilder().add("phone", optedOut)
                .add("source", "Asked on a call not to be called again").build()).expect(201);

        SignInPage.open(browser).signIn(agent.email(), agent.password()).go("disposition");
        DispositionPage triage = new DispositionPage(browser);

        assertThat(triage.position()).isEqualTo("1 of 3");
        assertThat(triage.name()).isEqualTo(name(newest));
        assertThat(triage.recent()).anyMatch(summary -> summary.startsWith("Created from " + list));

        triage.press("j");
        assertThat(triage.position()).isEqualTo("2 of 3");
        assertThat(triage.name()).isEqualTo(name(middle));
        assertThat(triage.doNotCall()).containsExactly("Do not call: asked us not to call");

        triage.press("h");
        assertThat(triage.temperature()).isEqualTo("HOT");
        assertThat(triage.messages()).contains("Now HOT");
        long hotVersion = version(agent.leads().get(id(middle)));

        triage.press("2");
        assertThat(triage.messages()).contains("cannot move from NEW to QUALIFIED");
        assertThat(triage.status()).isEqualTo("NEW");
        JsonObject refused = agent.leads().get(id(middle));
        assertThat(refused.getString("status")).isEqualTo("NEW");
        assertThat(version(refused)).isEqualTo(hotVersion);

        triage.press("1").press("2");
        assertThat(triage.status()).isEqualTo("QUALIFIED");
        assertThat(triage.position()).as("a status key keeps the lead on screen").isEqualTo("2 of 3");

        triage.typeNoteAndLeave("jhk");
        assertThat(triage.position()).as("keys typed into the note box are the note's").isEqualTo("2 of 3");
        assertThat(triage.noteBox()).isEqualTo("jhk");
        triage.press(Keys.ARROW_UP);
        assertThat(triage.name()).isEqualTo(name(newest));
        triage.press(Keys.ARROW_DOWN);
        triage.writeNote(" Wants a cash offer; call back Thursday");
        assertThat(triage.recentNotes()).contains("Wants a cash offer; call back Thursday");

        JsonObject stored = agent.leads().get(id(middle));
        assertThat(stored.getString("temperature")).isEqualTo("HOT");
        assertThat(stored.getString("status")).isEqualTo("QUALIFIED");
        List<JsonObject> timeline = agent.leads().timeline(id(middle));
        assertThat(timeline).extracting(activity -> activity.getString("action"))
                .containsExactly("NOTE_ADDED", "STATUS_CHANGED", "STATUS_CHANGED", "LEAD_UPDATED", "LEAD_CREATED");
        assertThat(timeline.get(0).getJsonObject("changes").getJsonObject("note").getString("to"))
                .isEqualTo("Wants a cash offer; call back Thursday");

        triage.press("k");
        assertThat(triage.namesToTheEnd()).containsExactly(name(newest), name(middle), name(oldest))
                .doesNotContain(name(foreign));
        triage.press("j");
        assertThat(triage.messages()).contains("That was the last lead of the queue.");
        assertThat(adminLeads().get(id(foreign)).getString("temperature")).isEqualTo("WARM");
    }

    @Test
    void aLeadChangedMeanwhileIsShownAsItIsNowAndNotOverwritten() {
        Account agent = Accounts.agent();
        JsonObject lead = agent.leads().create(newLead().source("List: " + Unique.name()));
        SignInPage.open(browser).signIn(agent.email(), agent.password()).go("disposition");
        DispositionPage triage = new DispositionPage(browser);
        assertThat(triage.name()).isEqualTo(name(lead));

        agent.leads().update(lead, json -> json.temperature("COLD"));
        triage.press("h");

        assertThat(triage.messages()).contains("Someone else changed this lead meanwhile");
        assertThat(triage.temperature()).isEqualTo("COLD");
        assertThat(agent.leads().get(id(lead)).getString("temperature")).isEqualTo("COLD");
        triage.press("h");
        assertThat(triage.temperature()).isEqualTo("HOT");
        assertThat(agent.leads().get(id(lead)).getString("temperature")).isEqualTo("HOT");
    }

    @Test
    void theKeysAreListedOnRequestAndEveryActionIsAlsoAButton() {
        Account agent = Accounts.agent();
        SignInPage.open(browser).signIn(agent.email(), agent.password()).go("disposition");
        DispositionPage triage = new DispositionPage(browser);
        assertThat(triage.isEmpty()).isTrue();
        assertThat(triage.legendShown()).isFalse();

        triage.toggleLegend();
        assertThat(triage.legendShown()).isTrue();
        assertThat(browser.find(org.openqa.selenium.By.id("legend")).getText()).contains("J or ↓", "Ctrl+Enter");
        triage.toggleLegend();
        assertThat(triage.legendShown()).isFalse();
        for (String button : List.of("previous", "next", "hot", "warm", "cold", "contacted", "qualified", "nurture",
                "lost", "saveNote")) {
            assertThat(browser.find(org.openqa.selenium.By.id("dispo:" + button)).getAttribute("aria-label"))
                    .as(button).isNotBlank();
        }
    }

    private static String name(JsonObject lead) {
        return lead.getString("firstName") + " " + lead.getString("lastName");
    }

    private static long version(JsonObject lead) {
        return lead.getJsonNumber("version").longValue();
    }
}
