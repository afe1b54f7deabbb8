package org.realtycrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.realtycrm.it.support.LeadJson.newLead;
import static org.realtycrm.it.support.Leads.id;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.realtycrm.it.CrmIT;
import org.realtycrm.it.browser.pages.AppShell;
import org.realtycrm.it.browser.pages.DashboardPage;
import org.realtycrm.it.browser.pages.LeadPage;
import org.realtycrm.it.browser.pages.LeadsPage;
import org.realtycrm.it.browser.pages.SignInPage;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;

/** A lead named like a script is shown as text on every screen, and no script runs. */
class EscapingIT extends CrmIT {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String MARKUP_SOURCE = "<b>Bold</b></script>";

    private final Browser browser = Browser.desktop();

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aScriptInALeadsNameAndSourceRendersAsTextEverywhere() {
        Account agent = Accounts.agent();
        JsonObject lead = adminLeads().create(newLead().firstName(SCRIPT).lastName("Smith").source(MARKUP_SOURCE)
                .assignedTo(agent.id()));
        String name = SCRIPT + " Smith";

        AppShell shell = SignInPage.open(browser).signIn(agent.email(), agent.password());
        assertThat(shell.waitForBellCount(1).openBell()).anyMatch(text -> text.contains(SCRIPT));
        assertNoAlert();

        DashboardPage dashboard = DashboardPage.open(browser);
        assertThat(dashboard.legend("bySource")).containsExactly(MARKUP_SOURCE + ": 1");
        assertThat(dashboard.chartsDrawn()).isTrue();
        assertNoAlert();

        LeadsPage leads = LeadsPage.open(browser, "");
        assertThat(leads.names()).containsExactly(name);
        assertNoAlert();

        LeadPage detail = leads.openLead(name);
        assertThat(detail.title()).isEqualTo(name);
        assertThat(detail.value("firstName")).isEqualTo(SCRIPT);
        assertThat(detail.timeline()).anyMatch(summary -> summary.equals("Created from " + MARKUP_SOURCE));
        assertThat(detail.addNote(SCRIPT).notes()).containsExactly(SCRIPT);
        assertNoAlert();
        assertThat(detail.id()).isEqualTo(id(lead));
    }

    @Test
    void aNulCharacterInASearchIsRefusedPlainlyNotAServerError() {
        Account agent = Accounts.agent();
        SignInPage.open(browser).signIn(agent.email(), agent.password());

        browser.open("leads.xhtml?source=Zil%00low");

        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("This request cannot be read");
        browser.open("leads.xhtml?source=Zillow");
        assertThat(new AppShell(browser).title()).isEqualTo("Leads");
    }

    private void assertNoAlert() {
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }
}
