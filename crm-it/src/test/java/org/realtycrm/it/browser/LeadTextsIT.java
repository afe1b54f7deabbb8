package org.realtycrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.realtycrm.it.CrmIT;
import org.realtycrm.it.browser.pages.LeadPage;
import org.realtycrm.it.browser.pages.LeadTextsSection;
import org.realtycrm.it.browser.pages.LeadTextsSection.Line;
import org.realtycrm.it.browser.pages.SignInPage;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.CallingHours;
import org.realtycrm.it.support.FakeTwilio;
import org.realtycrm.it.support.LeadJson;
import org.realtycrm.it.support.Leads;
import org.realtycrm.it.support.TwilioWebhook;

/**
 * An agent texts a lead from the lead's page, through Twilio (a fake that speaks its Messages API): the reply shows
 * in the open page as it arrives, and after the lead's STOP the compliance gate holds the agent's next text back,
 * saying why. The gate reads the real clock: the lead's number is one within the calling hours now
 * ({@link CallingHours}; from 11:00 to 12:00 UTC there is none, and the test is skipped).
 */
class LeadTextsIT extends CrmIT {

    /** The IT profile's sender ({@code %it.crm.sms.from}): leads text this number. */
    private static final String OUR_NUMBER = "+15125550100";
    private static final TwilioWebhook WEBHOOK = TwilioWebhook.toServer();

    private static FakeTwilio twilio;

    @BeforeAll
    static void registryAndTwilio() {
        CallingHours.loadRegistry(admin());
        twilio = FakeTwilio.start();
    }

    @AfterAll
    static void stopTwilio() {
        twilio.close();
    }

    private final Browser browser = Browser.desktop();

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anAgentTextsSeesTheReplyWithoutAReloadAndAfterStopIsToldWhyTheNextTextIsNotSent() {
        Account agent = Accounts.agent();
        String number = CallingHours.callableNumber();
        long lead = Leads.id(agent.leads().create(LeadJson.newLead().phone(number)));
        SignInPage.open(browser).signIn(agent.email(), agent.password());
        LeadPage page = LeadPage.open(browser, lead);
        LeadTextsSection texts = new LeadTextsSection(browser);
        assertThat(texts.lines()).isEmpty();

        String hello = "Hi, the house on Elm St is still available. Saturday at 10?";
        assertThat(texts.sendByDoubleClick(hello)).contains("Sent.");

        assertThat(texts.lines()).containsExactly(new Line(false, hello, "Sent"));
        assertThat(texts.box()).as("a sent text leaves the box").isEmpty();
        assertThat(twilio.receivedTo(number)).as("a double click sends once")
                .extracting(FakeTwilio.Message::body).containsExactly(hello);
        assertThat(page.timeline()).anySatisfy(summary -> assertThat(summary).startsWith("Text sent"));
        assertThat(WEBHOOK.statusCallback(twilio.receivedTo(number).get(0), "delivered", null).status())
                .isEqualTo(204);

        markThePage();
        String reply = "Saturday works <b>after 10</b> & is there parking?";
        assertThat(WEBHOOK.inboundMessage(number, OUR_NUMBER, reply).status()).isEqualTo(200);

        texts.waitForText(reply);
        assertThat(stillTheSamePage()).as("the reply came in without a reload").isTrue();
        assertThat(texts.lines()).containsExactly(new Line(false, hello, "Sent · delivered"),
                new Line(true, reply, null));

        assertThat(WEBHOOK.inboundMessage(number, OUR_NUMBER, "STOP").status()).isEqualTo(200);
        String oneMore = "Just one more thing about Saturday";
        texts.sendWithCtrlEnter(oneMore);

        assertThat(texts.warnings()).singleElement()
                .satisfies(warning -> assertThat(warning).contains("Not sent", "asked not to be contacted"));
        assertThat(texts.lines()).last()
                .isEqualTo(new Line(false, oneMore, "Not sent: asked not to be contacted"));
        assertThat(texts.lines()).anySatisfy(line -> assertThat(line).isEqualTo(new Line(true, "STOP", null)));
        assertThat(twilio.receivedTo(number)).extracting(FakeTwilio.Message::body).doesNotContain(oneMore);
        assertThat(page.timeline()).anySatisfy(summary -> assertThat(summary).startsWith("Text not sent"));
    }

    @Test
    void aLeadWithoutAPhoneNumberHasNothingToTextFrom() {
        Account agent = Accounts.agent();
        long lead = Leads.id(agent.leads().create(LeadJson.newLead().phones()));
        SignInPage.open(browser).signIn(agent.email(), agent.password());
        LeadPage.open(browser, lead);

        LeadTextsSection texts = new LeadTextsSection(browser);

        assertThat(texts.noPhone()).isEqualTo("No phone number to text.");
        assertThat(texts.canText()).isFalse();
        assertThat(texts.lines()).isEmpty();
    }

    @Test
    void theConversationFitsAPhone() {
        Account agent = Accounts.agent();
        String number = CallingHours.callableNumber();
        long lead = Leads.id(agent.leads().create(LeadJson.newLead().phone(number)));
        agent.api().post(Leads.path(lead) + "/texts", Json.createObjectBuilder()
                .add("body", "Here is the listing: https://example.com/listings/" + "1234567890".repeat(8)).build())
                .expect(201);
        String longWord = "Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaftschaferswessenschafewarenwohlgepflege";
        assertThat(WEBHOOK.inboundMessage(number, OUR_NUMBER, longWord).status()).isEqualTo(200);

        try (Browser phone = Browser.phone()) {
            SignInPage.open(phone).signIn(agent.email(), agent.password());
            LeadPage.open(phone, lead);
            LeadTextsSection texts = new LeadTextsSection(phone);

            assertThat(texts.lines()).extracting(Line::body).endsWith(longWord);
            assertThat(texts.canText()).isTrue();
            Long width = (Long) ((JavascriptExecutor) phone.driver())
                    .executeScript("return document.documentElement.scrollWidth;");
            assertThat(width).as("no sideways scrolling of the page").isLessThanOrEqualTo(400L);
        }
    }

    /** Leaves a mark in the page's window: a reload would wipe it. */
    private void markThePage() {
        ((JavascriptExecutor) browser.driver()).executeScript("window.crmLeadTextsItMark = true;");
    }

    private boolean stillTheSamePage() {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver())
                .executeScript("return window.crmLeadTextsItMark === true;"));
    }
}
