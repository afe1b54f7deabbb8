package org.realtycrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.realtycrm.it.CrmIT;
import org.realtycrm.it.browser.pages.AppShell;
import org.realtycrm.it.browser.pages.SignInPage;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.LeadJson;
import org.realtycrm.it.support.Leads;
import org.realtycrm.it.support.MlsListings;
import org.realtycrm.it.support.Properties;
import org.realtycrm.it.support.Site;
import org.realtycrm.it.support.SiteClient;
import org.realtycrm.it.support.Unique;

/**
 * A visitor on the brokerage's website, from its front door (the address the README prints), at desktop size and on
 * a 375 px phone: searches, opens a listing, asks about it; the agent sees it in the screens' bell, live.
 */
class WebsiteBrowserIT extends CrmIT {

    @Test
    void aVisitorFindsAHomeAsksForAShowingAndTheAgentHearsOfItLive() {
        Account agent = Accounts.agent();
        String email = Unique.email("visitor");
        JsonObject known = agent.leads().create(LeadJson.newLead().email(email));
        String city = "Bay " + Unique.name();
        MlsListings.newFeed().add("city", city, "street_number", "7", "street_name", "Harbor", "street_suffix", "Dr",
                "list_price", 615_000, "bedrooms_total", 4, "latitude", 30.3, "longitude", -97.7);

        try (Browser screens = Browser.desktop(); Browser visitor = Browser.desktop().at(Site.url())) {
            AppShell shell = SignInPage.open(screens).signIn(agent.email(), agent.password());
            int before = shell.bellCount();

            searchFromTheFrontDoor(visitor, city);
            openTheOnlyResult(visitor, "7 Harbor Dr");
            new Select(visitor.find(By.id("kind"))).selectByVisibleText("Schedule a showing");
            fillIn(visitor, "Vera", email, "Could we see it this weekend?");
            visitor.find(By.id("preferredTime")).sendKeys("Sunday afternoon");
            send(visitor);

            assertThat(visitor.find(By.cssSelector(".thanks")).getText()).contains("set a time");
            shell.waitForBellCount(before + 1);
            assertThat(shell.openBell()).anySatisfy(text -> assertThat(text).contains("asked again"));
        }
        assertThat(agent.leads().timeline(Leads.id(known)).toString()).contains("Sunday afternoon",
                "Could we see it this weekend?");
    }

    @Test
    void onAPhoneTheSiteFitsTheScreenAndANewVisitorBecomesALead() {
        Accounts.agent(); // someone to route to, whichever tests ran before
        String city = "Pine " + Unique.name();
        long id = MlsListings.newFeed().add("city", city, "street_number", "31", "street_name", "Ridge",
                "street_suffix", "Rd", "list_price", 289_000, "living_area", 1320, "latitude", 30.2,
                "longitude", -97.8);
        String email = Unique.email("phone");

        try (Browser phone = Browser.phone().at(Site.url())) {
            searchFromTheFrontDoor(phone, city);
            assertFitsTheScreen(phone);
            openTheOnlyResult(phone, "31 Ridge Rd");
            assertFitsTheScreen(phone);
            fillIn(phone, "Pat", email, "Is the roof new?");
            send(phone);
            assertThat(phone.find(By.cssSelector(".thanks")).getText()).contains("An agent will answer you");
        }
        JsonObject lead = adminLeads().list("q", email).expect(200).items().get(0);
        assertThat(Leads.assigneeId(lead)).isPositive();
        assertThat(admin().get(Properties.leadProperties(Leads.id(lead))).expect(200).array())
                .extracting(link -> link.getJsonNumber("propertyId").longValue()).containsExactly(id);
    }

    private static void searchFromTheFrontDoor(Browser browser, String city) {
        browser.openFrontDoor();
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("q"))).sendKeys(city);
        browser.find(By.cssSelector("form.search button[type=submit]")).click();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1.count"), "1 home"));
    }

    private static void openTheOnlyResult(Browser browser, String street) {
        List<org.openqa.selenium.WebElement> cards = browser.driver().findElements(By.cssSelector("#results .card a"));
        assertThat(cards).hasSize(1);
        cards.get(0).click();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), street));
    }

    private static void fillIn(Browser browser, String firstName, String email, String message) {
        browser.find(By.id("firstName")).sendKeys(firstName);
        browser.find(By.id("email")).sendKeys(email);
        browser.find(By.id("message")).sendKeys(message);
    }

    private static void send(Browser browser) {
        SiteClient.takeTimeToFillIn(); // a person takes longer than the site's minimum to fill a form in
        browser.find(By.cssSelector("form.inquiry button[type=submit]")).click();
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".thanks")));
    }

    private static void assertFitsTheScreen(Browser browser) {
        Object width = ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).as("page width on a 375 px phone").isLessThanOrEqualTo(375);
    }
}
