package org.realtycrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.LeadJson.newLead;

import java.time.Duration;
import java.time.Instant;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.realtycrm.it.CrmIT;
import org.realtycrm.it.browser.pages.DashboardPage;
import org.realtycrm.it.browser.pages.LeadsPage;
import org.realtycrm.it.browser.pages.SignInPage;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Leads;

/** The dashboard shows the figures of the seeded leads, and its cards and legends open the matching list. */
class DashboardIT extends CrmIT {

    private final Browser browser = Browser.desktop();

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anAgentsDashboardMatchesTheirLeadsAndOpensTheFilteredList() {
        Account agent = Accounts.agent();
        Leads leads = agent.leads();
        String past = Instant.now().minus(Duration.ofHours(3)).toString();
        JsonObject overdue = leads.create(newLead().firstName("Olga").source("Open house").temperature("HOT")
                .nextFollowUpAt(past));
        leads.create(newLead().firstName("Nina").source("Zillow"));
        leads.walk(leads.create(newLead().firstName("Carl").source("Zillow")), "CONTACTED");
        leads.walk(leads.create(newLead().firstName("Lena").source("Zillow").nextFollowUpAt(past)), "LOST");
        Accounts.agent().leads().create(newLead().source("Somebody else's"));

        SignInPage.open(browser).signIn(agent.email(), agent.password());
        DashboardPage dashboard = DashboardPage.open(browser);

        assertThat(dashboard.figure("total")).isEqualTo(4);
        assertThat(dashboard.figure("newToday")).isEqualTo(4);
        assertThat(dashboard.figure("overdue")).isEqualTo(1);
        assertThat(dashboard.figure("contacted")).isEqualTo(2);
        assertThat(dashboard.figure("awaiting")).isEqualTo(2);
        assertThat(dashboard.speedMedian()).matches("\\d+ s|\\d+ min");
        assertThat(dashboard.legend("byStatus")).contains("NEW: 2", "CONTACTED: 1", "LOST: 1", "CLOSED: 0");
        assertThat(dashboard.legend("byTemperature")).contains("HOT: 1", "WARM: 3");
        assertThat(dashboard.legend("bySource")).containsExactly("Zillow: 3", "Open house: 1");
        assertThat(dashboard.chartsDrawn()).isTrue();

        LeadsPage overdueList = dashboard.openCard("overdueCard");
        assertThat(overdueList.names()).containsExactly(overdue.getString("firstName") + " "
                + overdue.getString("lastName"));
        LeadsPage zillow = DashboardPage.open(browser).openLegend("bySource", "Zillow");
        assertThat(zillow.names()).hasSize(3).allMatch(name -> !name.startsWith("Olga"));
        LeadsPage fresh = DashboardPage.open(browser).openLegend("byStatus", "NEW");
        assertThat(fresh.names()).hasSize(2);
    }
}
