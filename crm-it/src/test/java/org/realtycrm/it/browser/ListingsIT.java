package org.realtycrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.LeadJson.newLead;
import static org.realtycrm.it.support.Leads.id;
import static org.realtycrm.it.support.Properties.PROPERTIES;
import static org.realtycrm.it.support.Properties.offMls;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.realtycrm.it.CrmIT;
import org.realtycrm.it.browser.pages.LeadPage;
import org.realtycrm.it.browser.pages.ListingPage;
import org.realtycrm.it.browser.pages.ListingsPage;
import org.realtycrm.it.browser.pages.PropertyEditPage;
import org.realtycrm.it.browser.pages.SignInPage;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.MlsListings;
import org.realtycrm.it.support.StoredPhotos;
import org.realtycrm.it.support.Unique;

/**
 * An agent's listing work in the screens: search by city and price, the list and the map's markers, a listing's
 * facts, history and photos, linking it to a lead and finding it on the lead's page. Another agent's off-MLS property
 * and its photos are not there for anyone else. Map tiles do not load here (no internet); the markers do.
 */
class ListingsIT extends CrmIT {

    private final Browser browser = Browser.desktop();

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anAgentFindsAListingOnTheListAndTheMapOpensItAndLinksItToTheirLead() {
        Account agent = Accounts.agent();
        JsonObject lead = adminLeads().create(newLead().firstName("Buyer").assignedTo(agent.id()));
        String city = Unique.name();
        String mlsNumber = "ML" + Unique.word().toUpperCase();
        MlsListings mls = MlsListings.newFeed();
        mls.add("city", city, "unparsed_address", "1 Low Road", "list_price", 250000, "bedrooms_total", 2,
                "latitude", new BigDecimal("30.2601"), "longitude", new BigDecimal("-97.7501"));
        long family = mls.add("city", city, "unparsed_address", "22 Oak Street", "list_price", 525000,
                "bedrooms_total", 4, "bathrooms_total_integer", 3, "living_area", 2150, "year_built", 1998,
                "listing_id", mlsNumber, "list_agent_full_name", "D. Lister", "list_office_name", "Hill Realty",
                "list_agent_key", "AG-DANA", "list_office_key", "OF-HILL",
                "property_type", "Residential", "public_remarks", "Shaded yard, walk to school",
                "latitude", new BigDecimal("30.2672"), "longitude", new BigDecimal("-97.7431"));
        mls.add("city", city, "unparsed_address", "9 Hill Court", "list_price", 780000, "bedrooms_total", 5,
                "latitude", new BigDecimal("30.2750"), "longitude", new BigDecimal("-97.7400"));
        mls.priceChanged(family, 549000, 525000);
        // the roster names the listing's agent and office in full, and how to reach them
        mls.member("AG-DANA", "Dana Lister", "dana@hillrealty.example", "512-555-0142");
        mls.office("OF-HILL", "Hill Realty Group", "512-555-0100");
        StoredPhotos.add(family);
        String oak = "22 Oak Street, " + city;
        String hill = "9 Hill Court, " + city;

        SignInPage.open(browser).signIn(agent.email(), agent.password()).go("properties");
        ListingsPage listings = new ListingsPage(browser).type("place", city).minPrice("400000").search();

        assertThat(listings.addresses()).containsExactlyInAnyOrder(oak, hill);
        assertThat(listings.markers(2)).containsExactlyInAnyOrder(oak, hill);
        assertThat(listings.loadedThumbnails()).isEqualTo(1);
        assertThat(listings.sortBy("Price: high to low").addresses()).containsExactly(hill, oak);
        assertThat(listings.searchArea(30.2660, -97.7445, 30.2685, -97.7415).addresses()).containsExactly(oak);
        assertThat(listings.markers(1)).containsExactly(oak);
        assertThat(listings.anywhere().addresses()).containsExactly(hill, oak);
        assertThat(listings.sortByColumn("Beds").addresses()).containsExactly(oak, hill);

        ListingPage listing = listings.open(oak);
        assertThat(listing.title()).isEqualTo(oak);
        assertThat(listing.fact("Price")).isEqualTo("$525,000");
        assertThat(listing.fact("Status")).isEqualTo("Active");
        assertThat(listing.fact("Beds")).isEqualTo("4");
        assertThat(listing.fact("Baths")).isEqualTo("3");
        assertThat(listing.fact("Living area")).isEqualTo("2,150 sq ft");
        assertThat(listing.fact("Year built")).isEqualTo("1998");
        assertThat(listing.fact("MLS number")).isEqualTo(mlsNumber);
        assertThat(listing.fact("List agent")).isEqualTo("Dana Lister");
        assertThat(listing.fact("Agent email")).isEqualTo("dana@hillrealty.example");
        assertThat(listing.fact("Agent phone")).isEqualTo("512-555-0142");
        assertThat(listing.fact("List office")).isEqualTo("Hill Realty Group");
        assertThat(listing.fact("Office phone")).isEqualTo("512-555-0100");
        assertThat(browser.find(By.id("remarks")).getText()).isEqualTo("Shaded yard, walk to school");
        assertThat(listing.history()).singleElement().asString().endsWith("Price | $549,000 | $525,000");
        assertThat(listing.loadedPhotos()).isEqualTo(1);
        assertThat(browser.present(By.id("edit"))).as("an MLS listing is read-only").isFalse();
        assertThat(browser.present(By.cssSelector("#listingMap .leaflet-marker-icon"))).isTrue();

        String name = "Buyer " + lead.getString("lastName");
        listing.linkTo(lead.getString("lastName"), name, "Interested in");
        assertThat(listing.messages()).contains("Linked.");
        assertThat(listing.linkedLeads()).singleElement().asString().startsWith(name + " | Interested in");

        LeadPage leadPage = listing.openLead(name);
        assertThat(leadPage.id()).isEqualTo(id(lead));
        assertThat(leadPage.properties()).containsExactly("Interested in | " + oak + " | $525,000 | Active");
        assertThat(leadPage.timeline()).anyMatch(summary -> summary.startsWith("Linked to " + oak));

        leadPage.unlink(oak);
        assertThat(leadPage.properties()).isEmpty();
        assertThat(leadPage.timeline()).anyMatch(summary -> summary.startsWith("Unlinked from " + oak));
    }

    @Test
    void anotherAgentsOffMlsPropertyAndItsPhotosAreNotFound() {
        Account owner = Accounts.agent();
        Account other = Accounts.agent();
        JsonObject property = owner.api().post(PROPERTIES, offMls().build()).expect(201).json();
        long photo = StoredPhotos.add(id(property));

        SignInPage.open(browser).signIn(other.email(), other.password());
        browser.open("property.xhtml?id=" + id(property));
        assertThat(browser.driver().getPageSource()).contains("Page not found")
                .doesNotContain(property.getString("unparsedAddress"));
        assertThat(fetch("photos/" + photo)).startsWith("404");
        assertThat(fetch("photos/" + photo + "?thumbnail")).startsWith("404");

        browser.driver().manage().deleteAllCookies();
        SignInPage.open(browser).signIn(owner.email(), owner.password());
        assertThat(fetch("photos/" + photo)).isEqualTo("200 image/jpeg private, max-age=86400");
        assertThat(ListingPage.open(browser, id(property)).loadedPhotos()).isEqualTo(1);
    }

    @Test
    void anAgentEntersAnOffMlsListingFixesWhatIsRefusedAndAddsAPhoto() throws IOException {
        Account agent = Accounts.agent();
        String city = Unique.name();
        Path photo = Files.createTempFile("listing-", ".jpg");
        Files.write(photo, StoredPhotos.jpeg(800, 600));

        SignInPage.open(browser).signIn(agent.email(), agent.password()).go("properties");
        browser.find(By.id("listingsForm:newListing")).click();
        PropertyEditPage edit = new PropertyEditPage(browser).type("unparsedAddress", "5 Quiet Lane")
                .type("city", city).type("listPrice", "410000").type("bedroomsTotal", "3").type("yearBuilt", "200");
        edit = edit.save();
        assertThat(edit.messageFor("yearBuilt")).isEqualTo("is not a year");
        assertThat(edit.messageFor("city")).isEmpty();

        edit = edit.type("yearBuilt", "1985").save();
        assertThat(browser.url()).as(browser.find(By.id("propertyForm")).getText()).contains("property-edit.xhtml?id=");
        edit.upload(photo);
        assertThat(edit.thumbnails()).isEqualTo(1);

        ListingPage listing = edit.openListing();
        assertThat(listing.title()).isEqualTo("5 Quiet Lane, " + city);
        assertThat(listing.fact("Year built")).isEqualTo("1985");
        assertThat(listing.fact("Source")).startsWith("Off-MLS");
        assertThat(listing.loadedPhotos()).isEqualTo(1);
        assertThat(browser.present(By.id("edit"))).isTrue();
        Files.delete(photo);
    }

    /** Fetches a path of the screens with the browser's session: "status content-type cache-control". */
    private String fetch(String path) {
        return (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {redirect: 'manual'}).then(function (r) {"
                        + "  done(r.status + ' ' + r.headers.get('Content-Type') + ' ' + r.headers.get('Cache-Control'));"
                        + "}, function (e) { done('failed ' + e); });",
                "/app/" + path);
    }
}
