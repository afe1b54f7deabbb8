package org.realtycrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.UncheckedIOException;
import java.time.Duration;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.realtycrm.it.CrmIT;
import org.realtycrm.it.browser.pages.AppShell;
import org.realtycrm.it.browser.pages.CampaignPage;
import org.realtycrm.it.browser.pages.CampaignsPage;
import org.realtycrm.it.browser.pages.LeadCampaignsSection;
import org.realtycrm.it.browser.pages.LeadPage;
import org.realtycrm.it.browser.pages.SignInPage;
import org.realtycrm.it.browser.pages.TemplatesPage;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.CallingHours;
import org.realtycrm.it.support.FakeTwilio;
import org.realtycrm.it.support.ItProperties;
import org.realtycrm.it.support.LeadJson;
import org.realtycrm.it.support.Leads;
import org.realtycrm.it.support.Unique;

/**
 * An agent builds a drip campaign on the screens (a text template, a text step and a task step), launches it, puts
 * one of their leads in from the lead's page, and sees the lead in the campaign, the text counted in its report once
 * the ticker (every 2 s in the IT profile) has sent it through Twilio (a fake that speaks its Messages API), and the
 * send with its status on the lead's page. The compliance gate reads the real clock: the lead's number is one within
 * the calling hours now ({@link CallingHours}; from 11:00 to 12:00 UTC there is none, and the test is skipped). The
 * dead letters are an administrator's screen only.
 */
class CampaignsScreenIT extends CrmIT {

    private static FakeTwilio twilio;

    @BeforeAll
    static void registryAndTwilio() throws InterruptedException {
        CallingHours.loadRegistry(admin());
        twilio = startTwilio();
    }

    /**
     * The fake on its port, which the IT profile names: another build's test on this machine may hold it for a
     * while (a fake Twilio of its own), so a port in use is tried again for a few minutes before the test fails.
     */
    private static FakeTwilio startTwilio() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            try {
                return FakeTwilio.start();
            } catch (UncheckedIOException portInUse) {
                if (System.nanoTime() > deadline) {
                    throw portInUse;
                }
                Thread.sleep(2_000);
            }
        }
    }

    @AfterAll
    static void stopTwilio() {
        if (twilio != null) {
            twilio.close();
        }
    }

    private final Browser browser = Browser.desktop();

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anAgentBuildsADripPutsALeadInFromItsPageAndSeesTheTextGoOut() {
        Account agent = Accounts.agent();
        String number = CallingHours.callableNumber();
        JsonObject lead = agent.leads().create(LeadJson.newLead().phone(number));
        long leadId = Leads.id(lead);
        String leadName = lead.getString("firstName") + " " + lead.getString("lastName");
        String template = "Open house " + Unique.word();
        // the name is shown as written, never as markup
        String name = "Spring <b>drip</b> " + Unique.word();

        AppShell shell = SignInPage.open(browser).signIn(agent.email(), agent.password());
        shell.go("campaign-templates");
        TemplatesPage templates = new TemplatesPage(browser);
        assertThat(templates.mergeFields()).contains("{{firstName}}", "{{agentName}}", "{{brokerage}}");
        assertThat(templates.create("SMS", template, "Hi {{firstName}}, the house on Elm St is open Saturday at 10."))
                .contains("Saved " + template);
        assertThat(templates.names()).contains(template);

        new AppShell(browser).go("campaigns");
        CampaignPage campaign = new CampaignsPage(browser).create(name, "DRIP", "HOLD");
        assertThat(campaign.title()).isEqualTo(name);
        assertThat(campaign.status()).isEqualTo("DRAFT");
        campaign.addStep("SMS", 0, "minutes", template, null)
                .addStep("TASK", 1, "days", null, "Call them about Saturday");
        assertThat(campaign.saveSteps()).contains("Saved 2 steps.");
        campaign.launch();
        assertThat(campaign.fixedSteps()).containsExactly("1 SMS", "2 TASK");
        long campaignId = campaign.id();
        new AppShell(browser).go("campaigns");
        assertThat(new CampaignsPage(browser).rows()).contains(name + " | DRIP | ACTIVE | 2");

        LeadPage leadPage = LeadPage.open(browser, leadId);
        LeadCampaignsSection section = new LeadCampaignsSection(browser);
        String choice = name + " · DRIP · ACTIVE";
        assertThat(section.choices()).contains(choice);
        assertThat(section.putIn(choice)).contains("Put in " + name + ".");
        assertThat(leadPage.timeline()).anySatisfy(entry -> assertThat(entry).startsWith("Put in campaign " + name));

        CampaignPage page = CampaignPage.open(browser, campaignId);
        assertThat(page.enrollments()).extracting(CampaignPage.Enrollment::lead, CampaignPage.Enrollment::status)
                .containsExactly(tuple(leadName, "ACTIVE"));
        page.waitForReport(1, "sent", "1");
        assertThat(page.reportFigure(2, "sent")).as("the task is a day away").isEqualTo("0");
        assertThat(page.total("enrolled")).isEqualTo("1");
        assertThat(page.csvLink()).contains("/app/campaigns/report.csv?id=" + campaignId);
        assertThat(twilio.receivedTo(number)).singleElement().satisfies(text -> assertThat(text.body())
                .startsWith("Hi " + lead.getString("firstName") + ", the house on Elm St is open Saturday at 10."));

        CampaignPage again = CampaignPage.open(browser, campaignId);
        assertThat(again.enrollments()).singleElement().satisfies(enrolled -> {
            assertThat(enrolled.status()).isEqualTo("ACTIVE");
            assertThat(enrolled.nextStep()).isEqualTo("Step 2 · TASK");
        });

        LeadPage.open(browser, leadId);
        LeadCampaignsSection sends = new LeadCampaignsSection(browser);
        LeadCampaignsSection.Send sent = sends.waitForSend(name, "Sent");
        assertThat(sent.step()).isEqualTo("SMS");
        assertThat(sent.why()).isEmpty();
        assertThat(sends.sends()).hasSize(1);
    }

    @Test
    void theDeadLettersAreAnAdministratorsScreenOnly() {
        Account agent = Accounts.agent();
        AppShell agentShell = SignInPage.open(browser).signIn(agent.email(), agent.password());
        assertThat(agentShell.hasMenuItem("campaigns")).isTrue();
        assertThat(agentShell.hasMenuItem("campaign-templates")).isTrue();
        assertThat(agentShell.hasMenuItem("dead-letters")).isFalse();
        browser.open("dead-letters.xhtml");
        assertThat(browser.driver().getPageSource()).contains("Your account cannot open this page")
                .doesNotContain("Replay all of this campaign");

        try (Browser adminBrowser = Browser.desktop()) {
            AppShell adminShell = SignInPage.open(adminBrowser)
                    .signIn(ItProperties.adminEmail(), ItProperties.adminPassword());
            assertThat(adminShell.hasMenuItem("dead-letters")).isTrue();
            assertThat(adminShell.go("dead-letters").title()).isEqualTo("Dead letters");
        }
    }
}
