package org.realtycrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.LeadJson.newLead;
import static org.realtycrm.it.support.Leads.id;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.realtycrm.it.CrmIT;
import org.realtycrm.it.browser.pages.LeadPage;
import org.realtycrm.it.browser.pages.LeadsPage;
import org.realtycrm.it.browser.pages.SignInPage;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Unique;

/** An agent's day with the lead screens: only their own leads, a new lead, an edit, a note, the timeline. */
class AgentLeadsIT extends CrmIT {

    private static final ZoneId BROKERAGE = ZoneId.of("America/New_York");

    private final Browser browser = Browser.desktop();

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anAgentSeesOnlyTheirLeadsAndAnotherAgentsLeadIsNotFound() {
        Account agent = Accounts.agent();
        Account other = Accounts.agent();
        JsonObject first = adminLeads().create(newLead().firstName("Own").assignedTo(agent.id()));
        JsonObject second = adminLeads().create(newLead().firstName("Own").assignedTo(agent.id()));
        JsonObject foreign = adminLeads().create(newLead().firstName("Foreign").assignedTo(other.id()));

        SignInPage.open(browser).signIn(agent.email(), agent.password()).go("leads");
        LeadsPage leads = new LeadsPage(browser);

        assertThat(leads.names()).containsExactlyInAnyOrder(name(first), name(second));
        assertThat(leads.offersListActions()).isFalse();
        browser.open("lead.xhtml?id=" + id(foreign));
        assertThat(browser.driver().getPageSource()).doesNotContain(foreign.getString("lastName"))
                .doesNotContain(foreign.getString("email"));
        assertThat(browser.present(By.id("leadForm"))).isFalse();
    }

    @Test
    void anAgentCreatesALeadEditsItAndTheTimelineTellsWhatChanged() {
        Account agent = Accounts.agent();
        String lastName = Unique.name();
        SignInPage.open(browser).signIn(agent.email(), agent.password()).go("leads");

        LeadPage lead = new LeadsPage(browser).newLead()
                .type("firstName", "Rosa").type("lastName", lastName).type("email", Unique.email("screen-lead"))
                .phone(Unique.usPhone().national()).type("source", "Open house")
                .create();
        assertThat(lead.title()).isEqualTo("Rosa " + lastName);
        assertThat(lead.statusChoices()).containsExactly("NEW", "CONTACTED", "NURTURE", "LOST");

        ZonedDateTime followUp = ZonedDateTime.now(BROKERAGE).plusDays(2).withHour(9).withMinute(30)
                .withSecond(0).withNano(0);
        lead.status("CONTACTED").temperature("HOT")
                .followUp(followUp.format(DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm a", Locale.US)))
                .save();
        assertThat(lead.messages()).contains("Saved.");
        assertThat(lead.statusChoices()).containsExactly("CONTACTED", "QUALIFIED", "NURTURE", "LOST");
        lead.addNote("Called back: wants a 3-bed near the school");

        assertThat(lead.timeline()).contains("Status NEW → CONTACTED")
                .anyMatch(summary -> summary.startsWith("Updated") && summary.contains("nextFollowUpAt"))
                .anyMatch(summary -> summary.startsWith("Created from Open house"));
        assertThat(lead.notes()).containsExactly("Called back: wants a 3-bed near the school");
        JsonObject stored = agent.leads().get(lead.id());
        assertThat(stored.getString("status")).isEqualTo("CONTACTED");
        assertThat(stored.getString("temperature")).isEqualTo("HOT");
        assertThat(stored.getString("nextFollowUpAt")).isEqualTo(followUp.toInstant().toString());
        assertThat(Accounts.agent().leads().list("q", lastName).expect(200).items()).isEmpty();
    }

    @Test
    void aStaleEditIsRefusedWithAReloadHintAndADuplicateNamesTheExistingLead() {
        Account agent = Accounts.agent();
        JsonObject mine = agent.leads().create(newLead());
        JsonObject taken = agent.leads().create(newLead());
        SignInPage.open(browser).signIn(agent.email(), agent.password());
        LeadPage lead = LeadPage.open(browser, id(mine));

        agent.leads().update(mine, json -> json.temperature("COLD"));
        lead.type("firstName", "Changed").save();
        assertThat(lead.messages()).contains("Someone else changed this lead");

        browser.click(By.id("leadForm:reload"));
        browser.until(driver -> "COLD".equals(driver.findElement(By.id("leadForm:temperature_label")).getText()));
        lead = new LeadPage(browser).type("email", taken.getString("email")).save();
        assertThat(lead.messages()).contains("lead " + id(taken) + " already has email");
        assertThat(browser.find(By.id("leadForm:duplicateLink")).getText()).isEqualTo("Open lead " + id(taken));
    }

    private static String name(JsonObject lead) {
        return lead.getString("firstName") + " " + lead.getString("lastName");
    }
}
