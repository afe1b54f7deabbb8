package org.realtycrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.realtycrm.it.CrmIT;
import org.realtycrm.it.browser.pages.AppShell;
import org.realtycrm.it.browser.pages.FeedsPage;
import org.realtycrm.it.browser.pages.SignInPage;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.FakeMls;
import org.realtycrm.it.support.ItProperties;
import org.realtycrm.it.support.MlsFeeds;
import org.realtycrm.it.support.Unique;

/** An administrator adds an MLS feed on its screen and watches its first load arrive; agents have no such screen. */
class FeedsScreenIT extends CrmIT {

    private final Browser browser = Browser.desktop();

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anAdministratorAddsAFeedAndSeesItsListingsArrive() throws InterruptedException {
        try (FakeMls mls = FakeMls.start()) {
            for (int i = 1; i <= 5; i++) {
                mls.put("SCREEN-" + i, Instant.parse("2026-11-02T09:00:00Z").plusSeconds(i),
                        Json.createObjectBuilder().add("ListPrice", 350_000 + i).build());
            }
            String name = "Screen MLS " + Unique.word();
            FeedsPage feeds = signInAsAdmin();

            feeds.fillNewFeed(name, mls.serviceRoot(), "crm.mls.secret.it-feed", "expandMedia = true").save();

            assertThat(feeds.state(name)).isEqualTo("Running");
            assertThat(feeds.awaitRun(name, "SUCCEEDED")).isEqualTo(5);

            // the MLS corrects a price in place; the administrator has the feed read again
            mls.put("SCREEN-3", Instant.parse("2026-11-02T09:00:03Z"),
                    Json.createObjectBuilder().add("ListPrice", 333_000).build());
            long feed = feedId(name);
            JsonObject firstLoad = new MlsFeeds().awaitSucceeded(feed, Instant.EPOCH, "FULL");
            feeds.reloadAll(name);
            JsonObject reload = new MlsFeeds().awaitRun(feed, Instant.EPOCH, run -> run.getString("kind").equals("FULL")
                    && run.getJsonNumber("id").longValue() != firstLoad.getJsonNumber("id").longValue());
            assertThat(reload.getString("status")).as(reload.toString()).isEqualTo("SUCCEEDED");
            assertThat(reload.getInt("created")).isZero();
            assertThat(reload.getInt("updated")).isEqualTo(1);
            stop(name);
        }
    }

    @Test
    void wrongSettingsAreShownNextToTheirFields() {
        FeedsPage feeds = signInAsAdmin();

        String name = "Wrong " + Unique.word();
        feeds.fillNewFeed(name, "ftp://mls.example.com", "crm.mls.secret.x", "expandMedia = true").save();
        assertThat(feeds.fieldError("baseUrl")).contains("http(s) address");

        feeds.fillNewFeed(name, "https://mls.example.com/reso", "crm.mls.secret.x", "colour = blue").save();
        assertThat(feeds.fieldError("options")).contains("colour");
    }

    @Test
    void agentsHaveNoFeedsScreen() {
        Account agent = Accounts.agent();
        AppShell shell = SignInPage.open(browser).signIn(agent.email(), agent.password());

        assertThat(shell.hasMenuItem("mls-feeds")).isFalse();
        browser.open("mls-feeds.xhtml");
        assertThat(browser.driver().getPageSource()).doesNotContain("New feed");
    }

    private FeedsPage signInAsAdmin() {
        SignInPage.open(browser).signIn(ItProperties.adminEmail(), ItProperties.adminPassword()).go("mls-feeds");
        return new FeedsPage(browser);
    }

    private static long feedId(String name) {
        return admin().get("/api/v1/mls/feeds").expect(200).array().stream()
                .filter(feed -> feed.getString("name").equals(name))
                .mapToLong(feed -> feed.getJsonNumber("id").longValue()).findFirst().orElseThrow();
    }

    /** Stops the feed: its persistent timer outlives this class, and the fake MLS is gone. */
    private static void stop(String name) {
        for (JsonObject feed : admin().get("/api/v1/mls/feeds").expect(200).array()) {
            if (feed.getString("name").equals(name)) {
                admin().post("/api/v1/mls/feeds/" + feed.getJsonNumber("id") + "/disable", JsonObject.EMPTY_JSON_OBJECT);
            }
        }
    }
}
