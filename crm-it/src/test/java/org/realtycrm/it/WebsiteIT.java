package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.LeadJson;
import org.realtycrm.it.support.Leads;
import org.realtycrm.it.support.MlsListings;
import org.realtycrm.it.support.Properties;
import org.realtycrm.it.support.SiteClient;
import org.realtycrm.it.support.StoredPhotos;
import org.realtycrm.it.support.Unique;

/**
 * The public website (crm-site on Payara Micro) over plain HTTP, as search engines, robots and visitors' browsers
 * reach it: which listings it shows (the IDX display rule), how it makes itself found and cached, and how its forms
 * become leads in the core, or are refused plainly.
 */
class WebsiteIT extends CrmIT {

    private static final Pattern LISTING_LINK = Pattern.compile("href=\"(/homes/[a-z0-9-]+/[a-z0-9-]+-(\\d+))\"");

    private final SiteClient visitor = SiteClient.visitor();

    @Test
    void onlyMlsListingsOnTheMarketOrSoldAndNotWithheldAreShown() {
        String city = "Lake " + Unique.name();
        MlsListings feed = MlsListings.newFeed();
        long active = feed.add("city", city, "street_number", "12", "street_name", "Elm", "list_price", 350_000);
        long sold = feed.add("city", city, "street_name", "Sold Way", "standard_status", "Closed",
                "list_price", 300_000, "close_price", 310_000);
        long withheld = feed.add("city", city, "street_name", "Private Way", "internet_entire_listing_display_yn",
                false);
        long withdrawn = feed.add("city", city, "street_name", "Gone Way", "standard_status", "Withdrawn");
        JsonObject offMls = admin().post(Properties.PROPERTIES, Properties.offMls().add("city", city)
                .add("unparsedAddress", "9 Pocket Rd").build()).expect(201).json();

        String all = visitor.get("/homes?status=all&city=" + city.replace(' ', '+')).body();

        assertThat(listingIds(all)).containsExactlyInAnyOrder(active, sold);
        assertThat(all).contains("$310,000").doesNotContain("Private Way", "Gone Way", "Pocket");
        assertThat(listingIds(visitor.get("/homes?city=" + city.replace(' ', '+')).body()))
                .as("for sale, by default").containsExactly(active);
        for (long hidden : List.of(withheld, withdrawn, offMls.getJsonNumber("id").longValue())) {
            assertThat(visitor.get("/homes/x/y-" + hidden).statusCode()).as("listing " + hidden).isEqualTo(404);
        }
        // the core serves the photos of the listings the site shows, and of no others
        long shownPhoto = StoredPhotos.add(active);
        long hiddenPhoto = StoredPhotos.add(withheld);
        assertThat(anonymous().get("/api/v1/public/photos/" + shownPhoto).expect(200).contentType())
                .isEqualTo("image/jpeg");
        assertThat(anonymous().get("/api/v1/public/photos/" + shownPhoto + "?thumbnail=true").expect(200)
                .header("Cache-Control")).isEqualTo("public, max-age=86400");
        anonymous().get("/api/v1/public/photos/" + hiddenPhoto).expect(404);
        String withPhotos = visitor.get("/homes?status=all&city=" + city.replace(' ', '+')).body();
        assertThat(withPhotos).contains("/api/v1/public/photos/" + shownPhoto + "?v=")
                .as("the sold home has none").contains("No photo yet")
                .doesNotContain("/api/v1/public/photos/" + hiddenPhoto, "/api/v1/public/photos/0?");
        // the core's rule (PropertyVisibility) and the website's (the view site_listings) agree
        anonymous().get("/api/v1/public/photos/" + StoredPhotos.add(sold)).expect(200);
        anonymous().get("/api/v1/public/photos/" + StoredPhotos.add(withdrawn)).expect(404);
        anonymous().get("/api/v1/public/photos/" + StoredPhotos.add(offMls.getJsonNumber("id").longValue()))
                .expect(404);
    }

    @Test
    void aListingPageIsMadeToBeFoundAndCachedUntilTheListingChanges() {
        String city = "Cedar " + Unique.name();
        long id = MlsListings.newFeed().add("city", city, "state_or_province", "TX", "postal_code", "78701",
                "street_number", "48", "street_name", "Maple", "street_suffix", "Ave", "list_price", 425_000,
                "bedrooms_total", 3, "bathrooms_total_integer", 2, "living_area", 1850, "latitude", 30.27,
                "longitude", -97.74, "list_office_name", "Hill Country Homes", "list_agent_full_name", "Jo Agent",
                "public_remarks", "Shaded yard </script><script>alert(1)</script>");
        String path = "/homes/" + city.toLowerCase().replace(' ', '-') + "/48-maple-ave-" + id;

        HttpResponse<String> wrongSlug = visitor.get("/homes/elsewhere/old-name-" + id);
        assertThat(wrongSlug.statusCode()).isEqualTo(301);
        assertThat(wrongSlug.headers().firstValue("Location")).hasValue(path);

        HttpResponse<String> page = visitor.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("<link rel=\"canonical\" href=\"" + siteUrl(path) + "\">")
                .contains("<meta property=\"og:title\" content=\"48 Maple Ave, " + city + ", TX 78701 · $425,000\">")
                .contains("Listing courtesy of", "Hill Country Homes, Jo Agent")
                .contains("\"@type\":\"RealEstateListing\"", "\"price\":425000", "\"priceCurrency\":\"USD\"")
                .contains("Shaded yard &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)");
        assertThat(jsonLd(html)).as("the remarks in the JSON-LD, unable to end its element")
                .contains("Shaded yard \\u003c/script\\u003e\\u003cscript\\u003ealert(1)");
        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("public, max-age=60, must-revalidate");
        assertThat(visitor.get(path, "If-None-Match", etag).statusCode()).isEqualTo(304);

        MlsListings.priceDropped(id, 399_000);

        HttpResponse<String> changed = visitor.get(path, "If-None-Match", etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("$399,000", "Price reduced from $425,000 to $399,000");
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);

        String sitemap = visitor.get("/sitemap.xml").body();
        assertThat(sitemap).contains("<sitemapindex").contains(siteUrl("/sitemaps/listings-1.xml"));
        assertThat(visitor.get("/sitemaps/listings-1.xml").body()).contains("<loc>" + siteUrl(path) + "</loc>");
        assertThat(visitor.get("/robots.txt").body()).contains("Sitemap: " + siteUrl("/sitemap.xml"));
    }

    @Test
    void aFormOnAListingBecomesARoutedLeadWithTheListingAttached() {
        Accounts.agent(); // someone to route to, whichever tests ran before
        long id = MlsListings.newFeed().add("city", "Austin", "street_name", Unique.name() + " Rd", "list_price",
                510_000);
        SiteClient someone = SiteClient.fromOwnAddress();
        String page = someone.get("/homes/x/y-" + id).headers().firstValue("Location").map(someone::get)
                .orElseThrow().body();
        String email = Unique.email("site");
        Map<String, String> form = SiteClient.contactForm(SiteClient.ticketOn(page), "Nina", email);
        form.put("kind", "SHOWING");
        form.put("preferredTime", "Saturday morning");
        form.put("propertyId", Long.toString(id));
        form.put("pageUrl", "https://www.lakeside.example/homes/austin/rd-" + id);
        SiteClient.takeTimeToFillIn();

        HttpResponse<String> sent = someone.post("/inquiries", form);

        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location")).hasValue("/thanks?kind=showing");
        assertThat(someone.get("/thanks?kind=showing").body()).contains("An agent will call or email you shortly");
        JsonObject lead = adminLeads().list("q", email).expect(200).items().get(0);
        assertThat(lead.getString("source")).isEqualTo("Website");
        assertThat(Leads.assigneeId(lead)).as("routed to an agent").isPositive();
        long leadId = Leads.id(lead);
        assertThat(adminLeads().timeline(leadId)).extracting(a -> a.getString("action"))
                .contains("INQUIRY_RECEIVED", "PROPERTY_LINKED");
        assertThat(adminLeads().timeline(leadId).toString()).contains("Preferred time: Saturday morning",
                "Is it still available?");
        assertThat(admin().get(Properties.leadProperties(leadId)).expect(200).array())
                .extracting(link -> link.getJsonNumber("propertyId").longValue()).containsExactly(id);
    }

    @Test
    void aKnownVisitorsFormAddsToTheirLeadInsteadOfFailingAsADuplicate() {
        String email = Unique.email("known");
        JsonObject known = adminLeads().create(LeadJson.newLead().email(email));
        SiteClient someone = SiteClient.fromOwnAddress();
        String ticket = SiteClient.ticketOn(someone.get("/contact").body());
        SiteClient.takeTimeToFillIn();

        assertThat(someone.post("/inquiries", SiteClient.contactForm(ticket, "Known", email)).statusCode())
                .isEqualTo(303);

        assertThat(adminLeads().list("q", email).expect(200).items()).singleElement()
                .satisfies(lead -> assertThat(Leads.id(lead)).isEqualTo(Leads.id(known)));
        assertThat(adminLeads().timeline(Leads.id(known))).extracting(a -> a.getString("action"))
                .contains("INQUIRY_RECEIVED");
    }

    @Test
    void whatTheCoreFindsWrongComesBackOnTheFormWithWhatWasTyped() {
        SiteClient someone = SiteClient.fromOwnAddress();
        String ticket = SiteClient.ticketOn(someone.get("/contact").body());
        SiteClient.takeTimeToFillIn();

        HttpResponse<String> again = someone.post("/inquiries", SiteClient.contactForm(ticket, "Typo",
                "not-an-email"));

        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("Email is not a valid email address").contains("value=\"not-an-email\"")
                .contains("value=\"Typo\"");
        assertThat(SiteClient.ticketOn(again.body())).as("a new ticket").isNotEqualTo(ticket);
    }

    @Test
    void aHomeThatLeftTheMarketWhileTheFormWasFilledInIsSaidSoAndTheMessageCanStillBeSent() {
        MlsListings feed = MlsListings.newFeed();
        long id = feed.add("city", "Austin", "street_name", Unique.name() + " Ct", "list_price", 275_000);
        SiteClient someone = SiteClient.fromOwnAddress();
        String ticket = SiteClient.ticketOn(someone.get("/contact?listing=" + id).body());
        Map<String, String> form = SiteClient.contactForm(ticket, "Late", Unique.email("late"));
        form.put("propertyId", Long.toString(id));
        feed.statusChanged(id, "Withdrawn");
        SiteClient.takeTimeToFillIn();

        HttpResponse<String> again = someone.post("/inquiries", form);

        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("This home is no longer on our site").contains("value=\"Late\"")
                .doesNotContain("name=\"propertyId\"");
        form.remove("propertyId");
        form.put("ticket", SiteClient.ticketOn(again.body()));
        SiteClient.takeTimeToFillIn();
        assertThat(someone.post("/inquiries", form).statusCode()).isEqualTo(303);
    }

    @Test
    void robotsAndHastyOrHugeFormsAreRefusedPlainlyAndTakeNothing() {
        SiteClient robot = SiteClient.fromOwnAddress();
        String email = Unique.email("robot");
        String ticket = SiteClient.ticketOn(robot.get("/contact").body());

        HttpResponse<String> hasty = robot.post("/inquiries", SiteClient.contactForm(ticket, "Fast", email));
        assertThat(hasty.statusCode()).isEqualTo(400);
        assertThat(hasty.body()).contains("That was quick!");

        SiteClient.takeTimeToFillIn();
        Map<String, String> honeypot = SiteClient.contactForm(ticket, "Bot", email);
        honeypot.put("website", "http://spam.example");
        HttpResponse<String> caught = robot.post("/inquiries", honeypot);
        assertThat(caught.statusCode()).isEqualTo(400);
        assertThat(caught.body()).contains("Our form could not accept it");

        HttpResponse<String> forged = robot.post("/inquiries", SiteClient.contactForm("1000000000.0123456789abcdef"
                + "0123456789abcdef", "Old", email));
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("This form has expired");

        HttpResponse<String> huge = robot.postRaw("/inquiries", "message=" + "a".repeat(20_000));
        assertThat(huge.statusCode()).isEqualTo(413);

        for (HttpResponse<String> refused : List.of(hasty, caught, forged, huge)) {
            assertThat(refused.body()).doesNotContain("Exception", "at org.", "at java.");
        }
        assertThat(adminLeads().list("q", email).expect(200).items()).isEmpty();
    }

    @Test
    void oneAddressMaySendOnlySoManyFormsAnHour() {
        SiteClient busy = SiteClient.fromOwnAddress();
        for (int i = 0; i < org.realtycrm.it.support.Site.FORMS_PER_ADDRESS_PER_HOUR; i++) {
            assertThat(busy.post("/inquiries", Map.of("firstName", "Busy")).statusCode()).isEqualTo(400);
        }

        HttpResponse<String> limited = busy.post("/inquiries", Map.of("firstName", "Busy"));

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(limited.body()).contains("Please try again in");
        assertThat(SiteClient.fromOwnAddress().post("/inquiries", Map.of("firstName", "Other")).statusCode())
                .as("another address").isEqualTo(400);
    }

    @Test
    void aNodeThatCanReadTheListingsIsReadyForItsLoadBalancer() {
        HttpResponse<String> ready = visitor.get("/health/ready");

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"name\":\"listings\",\"status\":\"UP\"");
    }

    @Test
    void unknownPagesAndMethodsGetThePlainPageOfTheSite() {
        HttpResponse<String> missing = visitor.get("/no/such/page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found", "Lakeside Realty");
        assertThat(visitor.get("/homes?minPrice=lots&zip=abc").body())
                .contains("Min price: &#034;lots&#034; is not a whole number", "ZIP code: &#034;abc&#034; is not a ZIP code");
        assertThat(visitor.get("/").headers().firstValue("Content-Security-Policy")).isPresent().get()
                .asString().contains("default-src 'none'", "frame-ancestors 'none'");
    }

    private static List<Long> listingIds(String html) {
        Matcher matcher = LISTING_LINK.matcher(html);
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
        while (matcher.find()) {
            ids.add(Long.valueOf(matcher.group(2)));
        }
        return List.copyOf(ids);
    }

    private static String jsonLd(String html) {
        int start = html.indexOf("<script type=\"application/ld+json\">");
        return html.substring(start, html.indexOf("</script>", start));
    }

    private static String siteUrl(String path) {
        return org.realtycrm.it.support.Site.url() + path;
    }
}
