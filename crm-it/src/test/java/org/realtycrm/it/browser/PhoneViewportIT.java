package org.realtycrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.realtycrm.it.CrmIT;
import org.realtycrm.it.browser.pages.AppShell;
import org.realtycrm.it.browser.pages.ImportPage;
import org.realtycrm.it.browser.pages.LeadPage;
import org.realtycrm.it.browser.pages.LeadsPage;
import org.realtycrm.it.browser.pages.SignInPage;
import org.realtycrm.it.browser.pages.UsersPage;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.ItProperties;
import org.realtycrm.it.support.LeadJson;
import org.realtycrm.it.support.Leads;
import org.realtycrm.it.support.Unique;

/** At 375x812 the screens still work and fit: sign in, the collapsed menu, the users table, the bell, sign out. */
class PhoneViewportIT extends CrmIT {

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
    void adminReachesTheUsersTableThroughTheMenu() {
        SignInPage.open(browser).signIn(ItProperties.adminEmail(), ItProperties.adminPassword()).go("users");

        UsersPage users = new UsersPage(browser).find(ItProperties.adminEmail());

        assertThat(users.role(ItProperties.adminEmail())).isEqualTo("ADMIN");
        assertFitsThePhone("users");
    }

    @Test
    void theScreensFitThePhoneWidth() {
        // one word wider than the phone: the lead's title and its row in the list have to break it
        String lastName = Unique.name() + "Wolfeschlegelsteinhausenbergerdorffvoralternwaren";
        JsonObject lead = adminLeads().create(LeadJson.newLead().lastName(lastName));
        SignInPage.open(browser).signIn(ItProperties.adminEmail(), ItProperties.adminPassword());
        assertFitsThePhone("dashboard");

        LeadsPage.open(browser, "").search(lastName, 1);
        assertFitsThePhone("leads list");

        LeadPage.open(browser, Leads.id(lead));
        assertFitsThePhone("lead");

        new AppShell(browser).go("import");
        new ImportPage(browser);
        assertFitsThePhone("import");
    }

    @Test
    void agentSignsOut() {
        Account agent = Accounts.agent();

        SignInPage.open(browser).signIn(agent.email(), agent.password()).signOut();
        browser.open("dashboard.xhtml");

        browser.until(ExpectedConditions.urlContains("/app/login.xhtml"));
        assertThat(SignInPage.isShown(browser)).isTrue();
    }

    private void assertFitsThePhone(String screen) {
        Long width = (Long) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth;");
        assertThat(width).as("%s: no sideways scrolling of the page", screen).isLessThanOrEqualTo(400L);
    }
}
