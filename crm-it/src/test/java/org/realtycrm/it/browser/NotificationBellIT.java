package org.realtycrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.realtycrm.it.CrmIT;
import org.realtycrm.it.browser.pages.AppShell;
import org.realtycrm.it.browser.pages.SignInPage;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.LeadJson;
import org.realtycrm.it.support.Leads;
import org.realtycrm.it.support.Server;

/** The bell updates live (websocket push, no reload) when an admin assigns a lead, and marking read counts down. */
class NotificationBellIT extends CrmIT {

    /** Live updates need a server started with this deployment (see {@link Server#restart()}). */
    @BeforeAll
    static void restartForLiveUpdates() {
        Server.restart();
    }

    private final Browser browser = Browser.desktop();

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void assignmentRingsTheBellWithoutAReloadAndMarkReadCountsDown() {
        Account agent = Accounts.agent();
        AppShell shell = SignInPage.open(browser).signIn(agent.email(), agent.password());
        String url = browser.url();
        assertThat(shell.bellCount()).isZero();

        JsonObject first = adminLeads().create(LeadJson.newLead().assignedTo(agent.id()));
        shell.waitForBellCount(1);
        JsonObject second = adminLeads().create(LeadJson.newLead());
        adminLeads().assign(Leads.id(second), agent.id()).expect(200);
        shell.waitForBellCount(2);

        assertThat(browser.url()).isEqualTo(url);
        assertThat(shell.openBell())
                .anySatisfy(text -> assertThat(text).contains(first.getString("firstName")))
                .anySatisfy(text -> assertThat(text).contains(second.getString("firstName")));
        shell.markFirstRead().waitForBellCount(1);
        assertThat(agent.api().get("/api/v1/notifications?unread=true").expect(200).json()
                .getJsonNumber("total").longValue()).isEqualTo(1);
    }
}
