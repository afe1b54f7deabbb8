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
import org.realtycrm.it.support.Inbox;
import org.realtycrm.it.support.LeadJson;
import org.realtycrm.it.support.Leads;
import org.realtycrm.it.support.Server;

/** The bell updates live (websocket push, no reload) when an admin assigns a lead, and marking read counts down. */
class NotificationBellIT extends CrmIT {

    /** Notified before any screen of this server's life was opened. */
    private static Account notifiedEarly;
    private static JsonObject earlyLead;

    /**
     * Live updates need a server started with this deployment (see {@link Server#restart()}). The start's first
     * notification is delivered before any screen is requested, as with {@code ./crm start --demo}: a bell must
     * still ring live afterwards (the push observer once broke for the server's life when that came first).
     */
    @BeforeAll
    static void restartAndNotifyBeforeAnyScreen() {
        Server.restartAwaitingTheApiOnly();
        // the push observer lives in the screens' module: notify once it is there, but before any screen is opened
        Server.awaitScreensModuleWithoutAScreen();
        notifiedEarly = Accounts.agent();
        earlyLead = adminLeads().create(LeadJson.newLead().assignedTo(notifiedEarly.id()));
        Inbox.await(notifiedEarly.api(), items -> !items.isEmpty());
        Server.awaitScreens();
    }

    private final Browser browser = Browser.desktop();

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aNotificationBeforeTheFirstScreenStillLetsTheBellRingLive() {
        AppShell shell = SignInPage.open(browser).signIn(notifiedEarly.email(), notifiedEarly.password());
        assertThat(shell.bellCount()).isEqualTo(1);

        JsonObject later = adminLeads().create(LeadJson.newLead().assignedTo(notifiedEarly.id()));
        shell.waitForBellCount(2);

        assertThat(shell.openBell())
                .anySatisfy(text -> assertThat(text).contains(earlyLead.getString("firstName")))
                .anySatisfy(text -> assertThat(text).contains(later.getString("firstName")));
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
