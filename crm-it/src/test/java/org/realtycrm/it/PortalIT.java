package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.Accounts.admin;
import static org.realtycrm.it.support.ProblemAssert.assertThatProblem;
import static org.realtycrm.it.support.WebsiteCalls.call;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Api;
import org.realtycrm.it.support.FakeMls;
import org.realtycrm.it.support.FakeSendGrid;
import org.realtycrm.it.support.IntakeSender;
import org.realtycrm.it.support.LeadJson;
import org.realtycrm.it.support.Leads;
import org.realtycrm.it.support.MlsFeeds;
import org.realtycrm.it.support.MlsListings;
import org.realtycrm.it.support.Outbox;
import org.realtycrm.it.support.Query;
import org.realtycrm.it.support.Unique;
import org.realtycrm.it.support.WebsiteCalls;

/**
 * The client portal through the core's API, as the website's nodes and a client's token reach it (docs/portal.md):
 * sign-up with the emailed confirmation, an agent's invitation, saved searches whose alerts follow the MLS feed,
 * the one-click unsubscribe, and what each caller may reach. Mail goes through the SendGrid adapter to its fake.
 */
public class PortalIT extends CrmIT {

    private static final String PORTAL = "/api/v1/portal";
    private static final String PASSWORD = "a-client-password-1";
    private static final MlsFeeds FEEDS = new MlsFeeds();
    private static FakeSendGrid sendGrid;

    @BeforeAll
    static void mailGoesOut() {
        sendGrid = FakeSendGrid.start();
    }

    @AfterAll
    static void stop() {
        FEEDS.disableAll();
        sendGrid.close();
    }

    @Test
    void aClientSignsUpSavesASearchAndHearsOfNewListingsAndPriceDropsFromTheFeedUntilTheyUnsubscribe()
            throws Exception {
        try (FakeMls mls = FakeMls.start()) {
            Instant added = Instant.now().minusSeconds(1);
            long feed = FEEDS.add(mls, 50, JsonObject.EMPTY_JSON_OBJECT);
            FEEDS.awaitSucceeded(feed, added, "FULL");

            String email = Unique.email("client");
            Api client = signedUp(email, "Ana");
            String city = "Lakeview " + Unique.word();
            JsonObject saved = client.post(PORTAL + "/saved-searches", Json.createObjectBuilder()
                    .add("criteria", Json.createObjectBuilder().add("city", city.toUpperCase())
                            .add("maxPrice", 500_000).add("beds", 3))
                    .build()).expect(201).json();
            assertThat(saved.getString("name")).isEqualTo("3+ beds in " + city.toUpperCase() + " under $500,000");
            assertThat(saved.getString("frequency")).isEqualTo("INSTANT");
            JsonObject daily = client.post(PORTAL + "/saved-searches", Json.createObjectBuilder()
                    .add("name", "Digest").add("criteria", Json.createObjectBuilder().add("city", city))
                    .add("frequency", "DAILY").build()).expect(201).json();

            // a match, one too dear, one with too few bedrooms, and one elsewhere arrive through the feed
            String key = "PORTAL-" + Unique.word();
            mls.put(key, Instant.now(), listing(city, "12 Harbor Lane", 450_000, 3));
            mls.put(key + "-DEAR", Instant.now(), listing(city, "1 Hill Road", 900_000, 4));
            mls.put(key + "-SMALL", Instant.now(), listing(city, "2 Hill Road", 300_000, 2));
            mls.put(key + "-AWAY", Instant.now(), listing("Elsewhere " + Unique.word(), "3 Hill Road", 300_000, 3));
            Instant asked = Instant.now().minusSeconds(1);
            FEEDS.syncNow(feed);
            FEEDS.awaitSucceeded(feed, asked, "INCREMENTAL");

            JsonObject alert = Outbox.await(email, "listing-alert", 1);
            assertThat(alert.getString("status")).isEqualTo("SENT");
            assertThat(alert.getString("subject")).isEqualTo("1 new home for \u201c" + saved.getString("name") + "\u201d");
            assertThat(alert.getString("textBody")).contains("New: 12 Harbor Lane").contains("$450,000")
                    .doesNotContain("Hill Road")
                    .contains("https://homes.it.realtycrm.example/homes/")
                    .contains("100 Test Street, Austin, TX 78701");
            Map<String, String> headers = headers(alert);
            String unsubscribe = headers.get("List-Unsubscribe");
            assertThat(unsubscribe).startsWith("<https://homes.it.realtycrm.example/alerts/unsubscribe?token=");
            assertThat(headers).containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            JsonObject delivered = sendGrid.received().stream()
                    .filter(received -> received.body().toString().contains(email))
                    .filter(received -> received.body().getJsonArray("categories").toString().contains("listing-alert"))
                    .findFirst().orElseThrow().body();
            assertThat(delivered.getJsonObject("headers").getString("List-Unsubscribe")).isEqualTo(unsubscribe);

            // the price drops: a second alert; the daily search's matches wait for the digest
            Instant dropped = Instant.now().minusSeconds(1);
            mls.put(key, Instant.now(), listing(city, "12 Harbor Lane", 425_000, 3));
            FEEDS.syncNow(feed);
            FEEDS.awaitSucceeded(feed, dropped, "INCREMENTAL");
            JsonObject drop = Outbox.await(email, "listing-alert", 2);
            assertThat(drop.getString("subject")).startsWith("1 price drop");
            assertThat(drop.getString("textBody")).contains("$425,000 (was $450,000)");
            assertThat(Outbox.to(email, "listing-alert")).hasSize(2)
                    .allSatisfy(mail -> assertThat(mail.getString("idempotencyKey"))
                            .startsWith("listing-alert:" + saved.getJsonNumber("id") + ":"));

            // the agent sees it all on the lead's timeline
            long leadId = leadOf(email);
            List<String> actions = admin().get(Leads.path(leadId) + "/activities" + Query.of("size", "50"))
                    .expect(200).items().stream().map(entry -> entry.getString("action")).toList();
            assertThat(actions).contains("INQUIRY_RECEIVED", "CLIENT_SIGNED_UP", "CLIENT_VERIFIED", "SEARCH_SAVED",
                    "LISTING_ALERT_SENT");
            assertThat(actions.stream().filter("LISTING_ALERT_SENT"::equals)).hasSize(2);

            // one click, from the mail client: no cookie, no sign-in; the alerts stop, the search stays
            String token = Outbox.token(drop);
            JsonObject off = call("unsubscriptions", Json.createObjectBuilder().add("token", token)
                    .add("clientAddress", "198.51.100.7").build()).expect(200).json();
            assertThat(off.getString("searchName")).isEqualTo(saved.getString("name"));
            List<JsonObject> searches = client.get(PORTAL + "/saved-searches").expect(200).json()
                    .getJsonArray("items").getValuesAs(JsonObject.class);
            assertThat(searches).extracting(search -> search.getString("frequency")).containsExactly("OFF", "DAILY");
            assertThat(daily.getString("frequency")).isEqualTo("DAILY");
            assertThat(admin().get(Leads.path(leadId) + "/activities").expect(200).items().get(0).getString("action"))
                    .isEqualTo("ALERTS_UNSUBSCRIBED");
            assertThat(call("unsubscriptions", Json.createObjectBuilder().add("token", "0".repeat(64))
                    .add("clientAddress", "198.51.100.7").build()).status()).isEqualTo(404);

            Instant later = Instant.now().minusSeconds(1);
            mls.put(key + "-2", Instant.now(), listing(city, "14 Harbor Lane", 410_000, 3));
            FEEDS.syncNow(feed);
            FEEDS.awaitSucceeded(feed, later, "INCREMENTAL");
            Thread.sleep(1500);
            assertThat(Outbox.to(email, "listing-alert")).as("nothing after the unsubscribe, nothing for the digest "
                    + "before its hour").hasSize(2);

            // the digest (its timer's work, asked for by an admin): every home the daily search (the city alone)
            // matched, in one message; the one that came and dropped its price is told as new, at its price now
            admin().post("/api/v1/listing-alerts/digests", JsonObject.EMPTY_JSON_OBJECT).expect(200);
            JsonObject digest = Outbox.await(email, "listing-alert", 3);
            assertThat(digest.getString("subject")).isEqualTo("4 new homes for \u201cDigest\u201d");
            assertThat(digest.getString("textBody")).contains("(a daily digest)")
                    .contains("New: 12 Harbor Lane, " + city + ", TX 78701 \u2013 $425,000").doesNotContain("(was")
                    .contains("14 Harbor Lane").contains("1 Hill Road").contains("2 Hill Road")
                    .doesNotContain("3 Hill Road");
            admin().post("/api/v1/listing-alerts/digests", JsonObject.EMPTY_JSON_OBJECT).expect(200);
            Thread.sleep(500);
            assertThat(Outbox.to(email, "listing-alert")).as("a digest tells each match once").hasSize(3);
        }
    }

    @Test
    void theConfirmationLinkOpensTheAccountOnceAndSigningInBeforeThatSendsANewOne() throws Exception {
        String email = Unique.email("client");
        call("sign-ups", signUp(email, "Bea")).expect(202);
        String first = Outbox.token(Outbox.await(email, "client-account", 1));

        JsonObject early = Json.createObjectBuilder().add("email", email).add("password", PASSWORD)
                .add("clientAddress", "198.51.100.8").build();
        assertThatProblem(call("sessions", early)).hasStatus(403).hasType("email-not-verified");
        assertThat(Api.requestToken(email, PASSWORD).status()).as("nor may the API take them in").isEqualTo(401);
        String second = Outbox.token(Outbox.await(email, "client-account", 2));
        assertThat(second).isNotEqualTo(first);

        JsonObject session = call("verifications", verification(second)).expect(200).json();
        assertThatProblem(call("verifications", verification(first))).as("one way in: the other links stop")
                .hasStatus(410).hasType("link-expired");
        assertThat(session.getString("name")).isEqualTo("Bea Lima");
        assertThat(session.getJsonNumber("expiresIn").longValue()).isEqualTo(14L * 24 * 3600);
        assertThatProblem(call("verifications", verification(second))).hasStatus(410);
        JsonObject me = Api.withToken(session.getString("accessToken")).get(PORTAL + "/me").expect(200).json();
        assertThat(me.getString("email")).isEqualTo(email);
        assertThat(me.getJsonObject("agent").getString("name")).isNotBlank();

        assertThat(call("sessions", early).expect(200).json().getString("accessToken")).isNotBlank();
        assertThatProblem(call("sessions", Json.createObjectBuilder().add("email", email)
                .add("password", "not-the-password-1").add("clientAddress", "198.51.100.8").build())).hasStatus(401)
                .hasType("invalid-credentials");
        assertThatProblem(call("verifications", verification("zz"))).hasStatus(410);
    }

    @Test
    void aClientWhoForgotTheirPasswordChoosesANewOneAndTheirOtherSessionsEnd() throws Exception {
        String email = Unique.email("client");
        Api before = signedUp(email, "Hal");
        JsonObject ask = Json.createObjectBuilder().add("email", email).add("clientAddress", "198.51.100.11").build();
        assertThat(call("password-resets", ask).expect(202).json().getString("status")).isEqualTo("reset-sent");
        String nobody = Unique.email("client");
        call("password-resets", Json.createObjectBuilder().add("email", nobody)
                .add("clientAddress", "198.51.100.11").build()).expect(202);

        JsonObject mail = Outbox.await(email, "client-account", 2);
        assertThat(mail.getString("subject")).startsWith("Choose a new password");
        String token = Outbox.token(mail);
        assertThatProblem(call("passwords", Json.createObjectBuilder().add("token", token).add("password", "short")
                .add("clientAddress", "198.51.100.11").build())).hasStatus(400).hasFieldError("password");
        String renewed = "a-brand-new-password-2";
        JsonObject session = call("passwords", Json.createObjectBuilder().add("token", token)
                .add("password", renewed).add("clientAddress", "198.51.100.11").build()).expect(200).json();
        assertThat(Api.withToken(session.getString("accessToken")).get(PORTAL + "/me").status()).isEqualTo(200);
        assertThat(before.get(PORTAL + "/me").status()).as("the sessions before it end").isEqualTo(401);
        assertThatProblem(call("passwords", Json.createObjectBuilder().add("token", token).add("password", renewed)
                .add("clientAddress", "198.51.100.11").build())).hasStatus(410);

        JsonObject old = Json.createObjectBuilder().add("email", email).add("password", PASSWORD)
                .add("clientAddress", "198.51.100.11").build();
        assertThatProblem(call("sessions", old)).hasStatus(401).hasType("invalid-credentials");
        call("sessions", Json.createObjectBuilder().add("email", email).add("password", renewed)
                .add("clientAddress", "198.51.100.11").build()).expect(200);
        assertThat(admin().get(Leads.path(leadOf(email)) + "/activities").expect(200).items())
                .extracting(entry -> entry.getString("action")).contains("PASSWORD_CHANGED");
        Thread.sleep(300);
        assertThat(Outbox.to(nobody, "client-account")).as("nothing to an address without an account").isEmpty();
    }

    @Test
    void signingUpWithAnEmailThatHasAnAccountTellsItsOwnerAndNotTheForm() throws Exception {
        String email = Unique.email("client");
        signedUp(email, "Cai");
        assertThat(call("sign-ups", signUp(email, "Cai")).expect(202).json().getString("status"))
                .isEqualTo("verification-sent");
        JsonObject reminder = Outbox.await(email, "client-account", 2);
        assertThat(reminder.getString("textBody")).contains("already has an account")
                .contains("https://homes.it.realtycrm.example/account/sign-in");

        assertThatProblem(call("sign-ups", Json.createObjectBuilder().add("firstName", "")
                .add("email", "not an email").add("password", "short").add("clientAddress", "198.51.100.9").build()))
                .hasStatus(400).hasFieldErrorsAmong("firstName", "password", "email");
    }

    @Test
    void anAgentInvitesTheirLeadWhoChoosesAPasswordAndSeesTheirAgent() throws Exception {
        var agent = Accounts.agent();
        JsonObject lead = agent.leads().create(LeadJson.newLead());
        long leadId = Leads.id(lead);
        String path = Leads.path(leadId) + "/portal";
        assertThat(agent.api().get(path).expect(200).json().getString("standing")).isEqualTo("NONE");
        assertThat(agent.api().post(path + "/invitation", JsonObject.EMPTY_JSON_OBJECT).expect(200).json()
                .getString("standing")).isEqualTo("INVITED");
        assertThat(Accounts.agent().api().post(path + "/invitation", JsonObject.EMPTY_JSON_OBJECT).status())
                .as("another agent's lead").isEqualTo(404);

        String email = lead.getString("email");
        JsonObject invitation = Outbox.await(email, "client-account", 1);
        assertThat(invitation.getString("subject")).startsWith(agent.name() + " invited you");
        String token = Outbox.token(invitation);
        assertThatProblem(call("invitations", Json.createObjectBuilder().add("token", token).add("password", "short")
                .add("clientAddress", "198.51.100.10").build())).hasStatus(400).hasFieldError("password");
        JsonObject session = call("invitations", Json.createObjectBuilder().add("token", token)
                .add("password", PASSWORD).add("clientAddress", "198.51.100.10").build()).expect(200).json();
        JsonObject me = Api.withToken(session.getString("accessToken")).get(PORTAL + "/me").expect(200).json();
        assertThat(me.getJsonObject("agent").getString("email")).isEqualTo(agent.email());
        assertThat(agent.api().get(path).expect(200).json().getString("standing")).isEqualTo("ACTIVE");
        assertThatProblem(agent.api().post(path + "/invitation", JsonObject.EMPTY_JSON_OBJECT)).hasStatus(409);
        assertThat(agent.leads().timeline(leadId)).extracting(entry -> entry.getString("action"))
                .contains("CLIENT_INVITED", "CLIENT_VERIFIED");
    }

    @Test
    void onlyTheWebsiteSpeaksForVisitors() {
        JsonObject body = signUp(Unique.email("client"), "Dee");
        IntakeSender website = WebsiteCalls.website();
        assertThatProblem(call(new IntakeSender(website.key(), "whsec_" + "0".repeat(64)), "sign-ups", body))
                .hasStatus(401);
        JsonObject source = admin().create("/api/v1/intake-sources", Json.createObjectBuilder()
                .add("name", "Portal feed " + Unique.word()).add("leadSource", "Homes.com").build());
        IntakeSender other = new IntakeSender(source.getString("key"), source.getString("secret"));
        assertThatProblem(call(other, "sign-ups", body)).as("another intake source sends leads, not clients")
                .hasStatus(401);
        assertThat(Api.anonymous().post(PORTAL + "/sign-ups", body).status()).isEqualTo(401);
    }

    @Test
    void strangersCannotSpendAnyonesSignInAllowanceNorSignUpsLockAnyoneOut() {
        var agent = Accounts.agent();
        JsonObject guess = Json.createObjectBuilder().add("email", agent.email()).add("password", "wrong-password-1")
                .add("clientAddress", "198.51.100.66").build();
        for (int i = 0; i < 12; i++) {
            assertThat(Api.anonymous().post(PORTAL + "/sessions", guess).status()).isEqualTo(401);
            assertThat(Api.anonymous().post(PORTAL + "/sign-ups", signUp(agent.email(), "Mallory")).status())
                    .isEqualTo(401);
        }
        for (int i = 0; i < 5; i++) {
            call("sign-ups", signUp(agent.email(), "Mallory")).expect(202);
        }
        assertThatProblem(call("sign-ups", signUp(agent.email(), "Mallory"))).hasStatus(429);
        assertThat(Api.requestToken(agent.email(), agent.password()).status()).isEqualTo(200);
        assertThatProblem(call("sessions", guess)).as("staff sign in to the screens").hasStatus(401)
                .hasType("invalid-credentials");
    }

    @Test
    void aClientReachesTheirOwnThingsOnlyAndOnlyPublicListings() throws Exception {
        Api ana = signedUp(Unique.email("client"), "Eve");
        Api bob = signedUp(Unique.email("client"), "Fay");
        long anas = ana.post(PORTAL + "/saved-searches", Json.createObjectBuilder()
                .add("criteria", Json.createObjectBuilder().add("zip", "78701")).build()).expect(201).json()
                .getJsonNumber("id").longValue();
        assertThat(bob.patch(PORTAL + "/saved-searches/" + anas, Json.createObjectBuilder()
                .add("frequency", "OFF").build()).status()).isEqualTo(404);
        assertThat(bob.delete(PORTAL + "/saved-searches/" + anas).status()).isEqualTo(404);
        assertThat(bob.get(PORTAL + "/saved-searches").expect(200).json().getJsonArray("items")).isEmpty();
        assertThatProblem(ana.post(PORTAL + "/saved-searches", Json.createObjectBuilder()
                .add("criteria", Json.createObjectBuilder().add("zip", "7870").add("minPrice", 5).add("maxPrice", 1))
                .add("frequency", "HOURLY").build())).hasStatus(400);
        JsonObject everything = ana.post(PORTAL + "/saved-searches", Json.createObjectBuilder()
                .add("criteria", JsonObject.EMPTY_JSON_OBJECT).add("frequency", "DAILY").build()).expect(201).json();
        assertThat(everything.getString("name")).isEqualTo("All homes for sale");
        assertThat(ana.get(PORTAL + "/saved-searches").expect(200).json().getJsonArray("items")).hasSize(2);
        ana.patch(PORTAL + "/saved-searches/" + everything.getJsonNumber("id"), Json.createObjectBuilder()
                .add("frequency", "OFF").build()).expect(200);
        assertThat(ana.get("/api/v1/leads").status()).isEqualTo(403);
        assertThat(Accounts.client().api().get(PORTAL + "/me").status())
                .as("a CLIENT user an admin made has no portal").isEqualTo(403);
        assertThat(Accounts.agent().api().get(PORTAL + "/saved-searches").status()).isEqualTo(403);

        MlsListings feed = MlsListings.newFeed();
        long listing = feed.add("city", "Austin", "street_name", Unique.name() + " Ave", "list_price", 333_000);
        long withdrawn = feed.add("city", "Austin",
                "street_name", Unique.name() + " Ave", "standard_status", "Withdrawn");
        ana.put(PORTAL + "/favourites/" + listing, JsonObject.EMPTY_JSON_OBJECT).expect(204);
        ana.put(PORTAL + "/favourites/" + listing, JsonObject.EMPTY_JSON_OBJECT).expect(204);
        assertThat(ana.put(PORTAL + "/favourites/" + withdrawn, JsonObject.EMPTY_JSON_OBJECT).status())
                .isEqualTo(404);
        assertThat(ana.get(PORTAL + "/favourites").expect(200).json().getJsonArray("items"))
                .extracting(item -> item.asJsonObject().getJsonNumber("listingId").longValue())
                .containsExactly(listing);
        assertThat(bob.get(PORTAL + "/favourites").expect(200).json().getJsonArray("items")).isEmpty();
        JsonObject view = Json.createObjectBuilder().add("listingId", listing).build();
        ana.post(PORTAL + "/views", view).expect(204);
        ana.post(PORTAL + "/views", view).expect(204);
        ana.delete(PORTAL + "/favourites/" + listing).expect(204);
        long leadId = leadOf(ana.get(PORTAL + "/me").expect(200).json().getString("email"));
        List<String> actions = admin().get(Leads.path(leadId) + "/activities").expect(200).items().stream()
                .map(entry -> entry.getString("action")).toList();
        assertThat(actions.stream().filter("CLIENT_VIEWED_LISTING"::equals)).as("once a day").hasSize(1);
        assertThat(actions.stream().filter("FAVOURITE_ADDED"::equals)).hasSize(1);
        assertThat(actions).contains("FAVOURITE_REMOVED");
    }

    /** A client who signed up and confirmed the email, signed in as the website would be for them. */
    public static Api signedUp(String email, String firstName) throws InterruptedException {
        call("sign-ups", signUp(email, firstName)).expect(202);
        String token = Outbox.token(Outbox.await(email, "client-account", 1));
        return Api.withToken(call("verifications", verification(token)).expect(200).json().getString("accessToken"));
    }

    public static JsonObject signUp(String email, String firstName) {
        return Json.createObjectBuilder().add("firstName", firstName).add("lastName", "Lima").add("email", email)
                .add("password", PASSWORD).add("clientAddress", "198.51.100.1").build();
    }

    private static JsonObject verification(String token) {
        return Json.createObjectBuilder().add("token", token).add("clientAddress", "198.51.100.1").build();
    }

    private static JsonObject listing(String city, String street, int price, int beds) {
        return Json.createObjectBuilder().add("City", city).add("UnparsedAddress", street).add("ListPrice", price)
                .add("BedroomsTotal", beds).add("PropertyType", "Residential").build();
    }

    private static Map<String, String> headers(JsonObject mail) {
        JsonObject headers = mail.getJsonObject("headers");
        return headers.keySet().stream().collect(java.util.stream.Collectors.toMap(name -> name, headers::getString));
    }

    static long leadOf(String email) {
        List<JsonObject> found = admin().get(Leads.LEADS + Query.of("q", email)).expect(200).items();
        assertThat(found).hasSize(1);
        return Leads.id(found.get(0));
    }
}
