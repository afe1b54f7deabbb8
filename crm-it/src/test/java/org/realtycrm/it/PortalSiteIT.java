package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.realtycrm.it.support.Api;
import org.realtycrm.it.support.ItProperties;
import org.realtycrm.it.support.MlsListings;
import org.realtycrm.it.support.SiteClient;
import org.realtycrm.it.support.Unique;

/**
 * The client portal's pages on the website as plain HTTP sees them, hostile requests included: personal pages are
 * never cached, a client's forms need their CSRF token and the site's own origin, redirects stay on the site, an
 * expired session signs out, and the alerts' one-click unsubscribe takes the mail provider's cookieless POST.
 */
class PortalSiteIT extends CrmIT {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"");

    @Test
    void aClientsPagesAreTheirsAloneAndTheirFormsNeedTheirCsrfTokenAndTheSitesOrigin() {
        Session client = Session.signUp();
        SiteClient site = SiteClient.fromOwnAddress();
        long listing = MlsListings.newFeed().add("city", "Austin", "street_name", Unique.name() + " Bend",
                "list_price", 420_000);
        String listingPath = "/homes/austin/home-" + listing;

        HttpResponse<String> anonymous = follow(site, listingPath);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.headers().firstValue("Cache-Control").orElse("")).startsWith("public");
        assertThat(anonymous.body()).doesNotContain("favourite-toggle");

        HttpResponse<String> personal = follow(site, listingPath, "Cookie", client.cookie());
        assertThat(personal.statusCode()).isEqualTo(200);
        assertThat(personal.headers().firstValue("Cache-Control").orElse("")).contains("private").contains("no-store");
        assertThat(personal.headers().firstValue("ETag")).isEmpty();
        assertThat(personal.body()).contains("favourite-toggle");
        String csrf = csrfOn(personal.body());

        Map<String, String> save = new LinkedHashMap<>();
        save.put("listingId", Long.toString(listing));
        save.put("action", "add");
        save.put("back", listingPath);
        assertThat(site.post("/account/favourites", save, "Cookie", client.cookie()).statusCode())
                .as("no CSRF token").isEqualTo(403);
        save.put("csrf", "0".repeat(64));
        assertThat(site.post("/account/favourites", save, "Cookie", client.cookie()).statusCode())
                .as("another token").isEqualTo(403);
        save.put("csrf", csrf);
        assertThat(site.post("/account/favourites", save, "Cookie", client.cookie(), "Origin",
                "https://evil.example").statusCode()).as("from another site").isEqualTo(403);
        assertThat(client.api().get("/api/v1/portal/favourites").expect(200).json().getJsonArray("items")).isEmpty();

        HttpResponse<String> saved = site.post("/account/favourites", save, "Cookie", client.cookie());
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith(listingPath);
        assertThat(client.api().get("/api/v1/portal/favourites").expect(200).json().getJsonArray("items"))
                .hasSize(1);

        HttpResponse<String> account = site.get("/account", "Cookie", client.cookie());
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(account.body()).contains(client.email()).contains("Bend");
        assertThat(site.get("/account").statusCode()).as("nobody signed in").isEqualTo(303);
    }

    @Test
    void redirectsStayOnTheSiteAndAnEndedSessionSignsOut() {
        Session client = Session.signUp();
        SiteClient site = SiteClient.fromOwnAddress();
        for (String elsewhere : new String[] {"//evil.example/x", "https://evil.example/", "/\\evil.example"}) {
            HttpResponse<String> onward = site.get("/account/sign-in?next=" + java.net.URLEncoder.encode(elsewhere,
                    java.nio.charset.StandardCharsets.UTF_8), "Cookie", client.cookie());
            assertThat(onward.statusCode()).isEqualTo(303);
            String location = onward.headers().firstValue("Location").orElseThrow();
            assertThat(location).as(elsewhere).doesNotContain("evil.example");
        }
        HttpResponse<String> ended = site.get("/account", "Cookie", "CRMCLIENT=eyJhbGciOiJSUzI1NiJ9.e30.c2ln");
        assertThat(ended.statusCode()).isEqualTo(303);
        assertThat(ended.headers().firstValue("Location").orElseThrow()).contains("/account/sign-in");
        assertThat(ended.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("CRMCLIENT=").containsIgnoringCase("Max-Age=0"));
    }

    @Test
    void theAlertsOneClickUnsubscribeTakesTheMailProvidersCookielessPost() throws SQLException {
        Session client = Session.signUp();
        long search = client.api().post("/api/v1/portal/saved-searches", Json.createObjectBuilder()
                .add("name", "One click").add("criteria", Json.createObjectBuilder().add("city", "Austin")).build())
                .expect(201).json().getJsonNumber("id").longValue();
        String token = unsubscribeToken(search);
        SiteClient mailProvider = SiteClient.fromOwnAddress();

        HttpResponse<String> page = mailProvider.get("/alerts/unsubscribe?token=" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("unsubscribe-submit");
        assertThat(frequency(client, search)).as("opening the link stops nothing").isEqualTo("INSTANT");

        HttpResponse<String> oneClick = mailProvider.postRaw("/alerts/unsubscribe?token=" + token,
                "List-Unsubscribe=One-Click");
        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(oneClick.body()).contains("One click");
        assertThat(frequency(client, search)).isEqualTo("OFF");
        assertThat(mailProvider.postRaw("/alerts/unsubscribe?token=" + "f".repeat(64), "List-Unsubscribe=One-Click")
                .statusCode()).isEqualTo(404);
    }

    /** A client signed up and confirmed, and the cookie the website would have given them. */
    private record Session(String email, String token) {

        static Session signUp() {
            String email = Unique.email("site");
            try {
                return new Session(email, PortalIT.signedUp(email, "Gil").token());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        String cookie() {
            return "CRMCLIENT=" + token;
        }

        Api api() {
            return Api.withToken(token);
        }
    }

    /** GETs the path, following the site's one redirect to a listing's own address. */
    private static HttpResponse<String> follow(SiteClient site, String path, String... headers) {
        HttpResponse<String> answer = site.get(path, headers);
        if (answer.statusCode() == 301) {
            String location = answer.headers().firstValue("Location").orElseThrow();
            String ownPath = location.startsWith("/") ? location
                    : location.substring(location.indexOf('/', location.indexOf("//") + 2));
            answer = site.get(ownPath, headers);
        }
        return answer;
    }

    private static String csrfOn(String html) {
        Matcher csrf = CSRF.matcher(html);
        assertThat(csrf.find()).as("a CSRF token on the page").isTrue();
        return csrf.group(1);
    }

    private static String frequency(Session client, long search) {
        return client.api().get("/api/v1/portal/saved-searches").expect(200).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getJsonNumber("id").longValue() == search)
                .findFirst().orElseThrow().getString("frequency");
    }

    private static String unsubscribeToken(long search) throws SQLException {
        try (Connection db = DriverManager.getConnection(ItProperties.dbUrl(), ItProperties.dbUser(),
                ItProperties.dbPassword()); PreparedStatement query = db.prepareStatement(
                "select unsubscribe_token from saved_searches where id = ?")) {
            query.setLong(1, search);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
