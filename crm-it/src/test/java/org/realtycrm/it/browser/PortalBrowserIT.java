package org.realtycrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.ProblemAssert.assertThatProblem;

import java.time.Instant;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.realtycrm.it.CrmIT;
import org.realtycrm.it.PortalIT;
import org.realtycrm.it.browser.pages.LeadPage;
import org.realtycrm.it.browser.pages.SignInPage;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.FakeMls;
import org.realtycrm.it.support.LeadJson;
import org.realtycrm.it.support.Leads;
import org.realtycrm.it.support.MlsFeeds;
import org.realtycrm.it.support.MlsListings;
import org.realtycrm.it.support.Outbox;
import org.realtycrm.it.support.Query;
import org.realtycrm.it.support.Site;
import org.realtycrm.it.support.SiteClient;
import org.realtycrm.it.support.Unique;
import org.realtycrm.it.support.WebsiteCalls;

/**
 * The client portal as clients use it, from the website's front door (the address the README prints): sign up on a
 * phone, confirm by the emailed link, save a search, hear of a new listing that arrives through the MLS feed, leave
 * the alerts with one click; save a home and see the agent find it on the lead's timeline; accept an agent's
 * invitation; forget the password and choose a new one. Mail is read where an admin reads it, in the outbox.
 */
class PortalBrowserIT extends CrmIT {

    private static final String PASSWORD = "a-client-password-1";
    private static final MlsFeeds FEEDS = new MlsFeeds();

    @AfterAll
    static void stopFeeds() {
        FEEDS.disableAll();
    }

    @Test
    void onAPhoneAVisitorSignsUpSavesASearchAndIsToldOfTheNewHomeTheFeedBrings() throws Exception {
        Accounts.agent(); // someone to route the new lead to
        String email = Unique.email("portal");
        String city = "Cove " + Unique.name();
        try (FakeMls mls = FakeMls.start(); Browser phone = Browser.phone().at(Site.url())) {
            Instant added = Instant.now().minusSeconds(1);
            long feed = FEEDS.add(mls, 50, JsonObject.EMPTY_JSON_OBJECT);
            FEEDS.awaitSucceeded(feed, added, "FULL");

            phone.openFrontDoor();
            phone.find(By.linkText("Account")).click();
            phone.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-submit")));
            phone.find(By.linkText("Sign up")).click();
            phone.until(ExpectedConditions.visibilityOfElementLocated(By.id("firstName"))).sendKeys("Nora");
            phone.find(By.id("lastName")).sendKeys("Quinn");
            phone.find(By.id("email")).sendKeys(email);
            phone.find(By.id("password")).sendKeys(PASSWORD);
            SiteClient.takeTimeToFillIn();
            phone.find(By.id("sign-up-submit")).click();
            phone.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), email));
            assertFitsTheScreen(phone);

            // the link in the email, opened on the phone
            String token = Outbox.token(Outbox.await(email, "client-account", 1));
            visit(phone, "account/verify?token=" + token);
            phone.until(ExpectedConditions.elementToBeClickable(By.id("verify-submit"))).click();
            phone.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "My homes"));
            assertThat(phone.find(By.tagName("main")).getText()).contains("Nora Quinn");

            phone.openFrontDoor();
            phone.until(ExpectedConditions.visibilityOfElementLocated(By.id("q"))).sendKeys(city);
            phone.find(By.cssSelector("form.search button[type=submit]")).click();
            phone.until(ExpectedConditions.visibilityOfElementLocated(By.id("save-search")));
            phone.find(By.id("search-name")).clear();
            phone.find(By.id("search-name")).sendKeys("Cove homes");
            new Select(phone.find(By.id("search-frequency"))).selectByValue("INSTANT");
            phone.find(By.id("save-search-submit")).click();
            phone.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#saved-searches .saved-search")));
            assertThat(phone.find(By.id("saved-searches")).getText()).contains("Cove homes");
            assertFitsTheScreen(phone);

            Instant asked = Instant.now().minusSeconds(1);
            mls.put("COVE-" + Unique.word(), Instant.now(), Json.createObjectBuilder().add("City", city)
                    .add("UnparsedAddress", "8 Shell Beach Rd").add("ListPrice", 515_000).add("BedroomsTotal", 3)
                    .build());
            FEEDS.syncNow(feed);
            FEEDS.awaitSucceeded(feed, asked, "INCREMENTAL");
            JsonObject alert = Outbox.await(email, "listing-alert", 1);
            assertThat(alert.getString("subject")).isEqualTo("1 new home for \u201cCove homes\u201d");
            assertThat(alert.getString("textBody")).contains("8 Shell Beach Rd").contains("$515,000");

            visit(phone, "alerts/unsubscribe?token=" + Outbox.token(alert));
            phone.until(ExpectedConditions.elementToBeClickable(By.id("unsubscribe-submit"))).click();
            phone.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                    "no longer get alerts"));
            visit(phone, "account");
            phone.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#saved-searches .saved-search")));
            assertThat(new Select(phone.find(By.cssSelector("#saved-searches select"))).getFirstSelectedOption()
                    .getAttribute("value")).isEqualTo("OFF");
        }
    }

    @Test
    void aClientSavesAHomeAndTheirAgentSeesItOnTheLeadsTimelineAndInvitesAnother() throws Exception {
        Account agent = Accounts.agent();
        String street = Unique.name() + " Ridge";
        long listing = MlsListings.newFeed().add("city", "Austin", "street_number", "40", "street_name", street,
                "list_price", 389_000, "bedrooms_total", 3);
        JsonObject lead = agent.leads().create(LeadJson.newLead());
        String email = lead.getString("email");

        try (Browser screens = Browser.desktop(); Browser client = Browser.desktop().at(Site.url())) {
            SignInPage.open(screens).signIn(agent.email(), agent.password());
            LeadPage page = LeadPage.open(screens, Leads.id(lead));
            assertThat(page.portalStanding()).contains("No account");
            page.inviteToPortal();

            String token = Outbox.token(Outbox.await(email, "client-account", 1));
            visit(client, "account/welcome?token=" + token);
            client.until(ExpectedConditions.visibilityOfElementLocated(By.id("password"))).sendKeys(PASSWORD);
            client.find(By.id("welcome-submit")).click();
            client.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "My homes"));
            assertThat(client.find(By.tagName("main")).getText()).contains(agent.name());

            visit(client, listingPath(listing));
            client.until(ExpectedConditions.elementToBeClickable(By.id("favourite-toggle"))).click();
            client.until(ExpectedConditions.textToBePresentInElementLocated(By.id("favourite-toggle"), "Saved"));
            client.find(By.linkText("Account")).click();
            client.until(ExpectedConditions.textToBePresentInElementLocated(By.id("favourites"), street));

            LeadPage again = LeadPage.open(screens, Leads.id(lead));
            assertThat(again.portalStanding()).contains("Uses the portal as " + email);
            assertThat(again.timeline()).anySatisfy(entry -> assertThat(entry).contains("as a favourite"))
                    .anySatisfy(entry -> assertThat(entry).startsWith("Viewed 40 " + street))
                    .anySatisfy(entry -> assertThat(entry).contains("accepted the invitation"));

            client.find(By.id("sign-out")).click();
            // signing out posts a form: the page signed out comes a moment later, with its Account link
            client.until(ExpectedConditions.elementToBeClickable(By.linkText("Account"))).click();
            client.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-submit")));
        }
        assertThat(admin().get(Leads.path(Leads.id(lead)) + "/activities" + Query.of("size", "50")).expect(200)
                .items()).extracting(entry -> entry.getString("action"))
                .contains("CLIENT_INVITED", "CLIENT_VERIFIED", "CLIENT_VIEWED_LISTING", "FAVOURITE_ADDED");
    }

    @Test
    void aClientWhoForgotTheirPasswordChoosesANewOne() throws Exception {
        String email = Unique.email("portal");
        PortalIT.signedUp(email, "Iris"); // with PASSWORD, the password PortalIT's sign-ups choose
        String renewed = "a-new-client-password-2";

        try (Browser client = Browser.desktop().at(Site.url())) {
            client.openFrontDoor();
            client.find(By.linkText("Account")).click();
            client.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-submit")));
            client.find(By.linkText("Forgot your password?")).click();
            client.until(ExpectedConditions.visibilityOfElementLocated(By.id("forgot-submit")));
            // sent at once, as a browser that fills the email in sends it: the form takes it at any pace
            client.find(By.id("email")).sendKeys(email);
            client.find(By.id("forgot-submit")).click();
            client.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                    "has an account with us, we have sent it a link to choose a new password"));
            assertThat(client.find(By.tagName("main")).getText()).contains(email);

            // the link in the email (the first was the confirmation of the sign-up)
            String token = Outbox.token(Outbox.await(email, "client-account", 2));
            visit(client, "account/reset?token=" + token);
            client.until(ExpectedConditions.visibilityOfElementLocated(By.id("password"))).sendKeys(renewed);
            client.find(By.id("reset-submit")).click();
            client.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "My homes"));
            assertThat(client.find(By.tagName("main")).getText()).contains("Your new password is set.");

            client.find(By.id("sign-out")).click();
            // signing out posts a form: the page signed out comes a moment later, with its Account link
            client.until(ExpectedConditions.elementToBeClickable(By.linkText("Account"))).click();
            client.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-submit")));
            client.find(By.id("email")).sendKeys(email);
            client.find(By.id("password")).sendKeys(renewed);
            client.find(By.id("sign-in-submit")).click();
            client.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "My homes"));
        }
        assertThatProblem(WebsiteCalls.call("sessions", Json.createObjectBuilder().add("email", email)
                .add("password", PASSWORD).add("clientAddress", "198.51.100.12").build())).as("the old password")
                .hasStatus(401).hasType("invalid-credentials");
    }

    /** Any spelling of the address: the website answers with its own. */
    private static String listingPath(long listing) {
        return "homes/austin/home-" + listing;
    }

    private static void assertFitsTheScreen(Browser browser) {
        Object width = ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).as("page width on a 375 px phone").isLessThanOrEqualTo(375);
    }

    /** A page of the website, as a link in an email or the address bar opens it. */
    private static void visit(Browser browser, String path) {
        browser.driver().get(Site.url() + "/" + path);
    }
}
