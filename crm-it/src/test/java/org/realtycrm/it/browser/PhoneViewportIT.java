package org.realtycrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.realtycrm.it.CrmIT;
import org.realtycrm.it.browser.pages.AppShell;
import org.realtycrm.it.browser.pages.SignInPage;
import org.realtycrm.it.browser.pages.UsersPage;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.ItProperties;
import org.realtycrm.it.support.LeadJson;
import org.realtycrm.it.support.Server;

/** At 375x812 the screens still work: sign in, the collapsed menu, the users table, the bell. */
class PhoneViewportIT extends CrmIT {

    /** Live updates need a server started with this deployment (see {@link Server#restart()}). */
    @BeforeAll
    static void restartForLiveUpdates() {
        Server.restart();
    }

    private final Browser browser = Browser.phone();

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void agentSignsInReachesLeadsAndTheBellRings() {
        Account agent = Accounts.agent();
        AppShell shell = SignInPage.open(browser).signIn(agent.email(), agent.password());

        AppShell leads = shell.go("leads");
        assertThat(leads.title()).isEqualTo("Leads");

        adminLeads().create(LeadJson.newLead().assignedTo(agent.id()));
        leads.waitForBellCount(1);
        assertThat(leads.openBell()).hasSize(1);
    }

    @Test
    @Disabled("known defect, open in issue 3: at 375px the menubar does not collapse and the page scrolls sideways "
            + "(485px wide); the users table itself is reachable")
    void adminReachesTheUsersTableThroughTheMenu() {
        SignInPage.open(browser).signIn(ItProperties.adminEmail(), ItProperties.adminPassword()).go("users");

        UsersPage users = new UsersPage(browser).find(ItProperties.adminEmail());

        assertThat(users.role(ItProperties.adminEmail())).isEqualTo("ADMIN");
        Long width = (Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth;");
        assertThat(width).as("no sideways scrolling of the page").isLessThanOrEqualTo(400L);
    }
}
