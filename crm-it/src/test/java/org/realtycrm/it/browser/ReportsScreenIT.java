package org.realtycrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.ReportsIT.FROM;
import static org.realtycrm.it.ReportsIT.TO;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.realtycrm.it.CrmIT;
import org.realtycrm.it.ReportsIT;
import org.realtycrm.it.browser.pages.AppShell;
import org.realtycrm.it.browser.pages.ReportsPage;
import org.realtycrm.it.browser.pages.SignInPage;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.ItProperties;
import org.realtycrm.it.support.LeadJson;
import org.realtycrm.it.support.Unique;

/**
 * The Reports screen: an administrator opens it from the menu, shows a range, sees their source's figures and the
 * charts, enters the source's cost for the month and sees the report count it.
 */
class ReportsScreenIT extends CrmIT {

    private final String source = "Screen" + Unique.word();
    private final YearMonth month = YearMonth.from(LocalDate.now(ReportsIT.BROKERAGE));
    private Browser browser;

    @AfterEach
    void removeTheCostAndCloseTheBrowser() {
        try {
            admin().delete(ReportsIT.costPath(source, month));
        } finally {
            if (browser != null) {
                browser.close();
            }
        }
    }

    @Test
    void anAdministratorShowsARangeSeesTheirSourcesFiguresAndEntersItsCost() {
        Account agent = Accounts.agent();
        JsonObject lead = adminLeads().create(LeadJson.newLead().source(source).assignedTo(agent.id())
                .set("price", Json.createValue(425_000)));
        adminLeads().walk(lead, "CONTACTED", "QUALIFIED", "UNDER_CONTRACT", "CLOSED");
        adminLeads().create(LeadJson.newLead().source(source).assignedTo(agent.id()));
        browser = Browser.desktop();

        AppShell shell = SignInPage.open(browser).signIn(ItProperties.adminEmail(), ItProperties.adminPassword());
        assertThat(shell.hasMenuItem("reports")).isTrue();
        shell.go("reports");
        ReportsPage reports = new ReportsPage(browser);

        assertThat(reports.show(FROM, TO)).isEqualTo(FROM + " to " + TO);
        // source, leads, contacted, appointments, closed, volume, cost, per lead, per closing
        assertThat(reports.sourceRoi(source)).startsWith(source, "2", "1", "0", "1", "$425,000.00", "$0.00");
        assertThat(reports.drewChart("roi", "sourceChart")).isTrue();
        assertThat(reports.drewChart("stages", "funnelChart")).isTrue();
        assertThat(reports.csvLink("roi")).endsWith("/reports/source-roi.csv?from=" + FROM + "&to=" + TO);

        assertThat(reports.enterCost(source, month.toString(), "310")).contains("Entered the cost of " + source);

        long cents = ReportsIT.prorated(31_000, month);
        assertThat(reports.sourceRoi(source).get(6)).isEqualTo(NumberFormat.getCurrencyInstance(Locale.US)
                .format(BigDecimal.valueOf(cents, 2)));
        assertThat(admin().get(ReportsIT.costPath(source, month)).expect(200).json()
                .getJsonNumber("amountCents").longValue()).isEqualTo(31_000);
    }
}
