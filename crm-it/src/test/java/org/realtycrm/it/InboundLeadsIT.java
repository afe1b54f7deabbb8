package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.LeadJson.newLead;
import static org.realtycrm.it.support.IntakeSender.sign;
import static org.realtycrm.it.support.Leads.id;
import static org.realtycrm.it.support.ProblemAssert.assertThatProblem;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.junit.jupiter.api.Test;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Inbox;
import org.realtycrm.it.support.IntakeSender;
import org.realtycrm.it.support.Leads;
import org.realtycrm.it.support.MlsListings;
import org.realtycrm.it.support.Properties;
import org.realtycrm.it.support.Response;
import org.realtycrm.it.support.Unique;
import org.realtycrm.it.support.UsPhone;

/**
 * Inbound leads as a sender sees them: an admin adds an intake source and hands its key and secret to the sender
 * (the website, a portal), which signs each delivery as docs/api.md says. Signatures are computed here from that
 * description, not with the server's code.
 */
class InboundLeadsIT extends CrmIT {

    private static final String SOURCES = "/api/v1/intake-sources";

    private record Source(long id, String key, String secret, String name) {

        IntakeSender sender() {
            return new IntakeSender(key, secret);
        }
    }

    @Test
    void someoneNewBecomesARoutedLeadWithTheListingAndTheInquiryOnItsTimeline() {
        Accounts.agent(); // at least one active agent to route to, whichever tests ran before
        Source source = newSource();
        long propertyId = MlsListings.newFeed().add("unparsed_address", "412 " + Unique.name() + " Lane",
                "city", "Austin", "list_price", 450_000);
        String email = Unique.email("inbound");

        Response answer = deliver(source, inquiry("SHOWING", email).add("propertyId", propertyId)
                .add("message", "Could we see it on Saturday morning?")
                .add("pageUrl", "https://www.example-realty.com/homes/austin/412-lane-" + propertyId));

        JsonObject delivered = answer.expect(201).json();
        assertThat(delivered.getBoolean("created")).isTrue();
        assertThat(delivered.getBoolean("repeat")).isFalse();
        long leadId = delivered.getJsonNumber("leadId").longValue();
        assertThat(answer.header("Location")).endsWith("/api/v1/leads/" + leadId);
        JsonObject lead = adminLeads().get(leadId);
        assertThat(lead.getString("email")).isEqualTo(email);
        assertThat(lead.getString("source")).isEqualTo("Website " + source.name());
        assertThat(Leads.assigneeId(lead)).as("routed to an agent").isPositive();
        List<JsonObject> timeline = admin().get(Leads.path(leadId) + "/activities").expect(200).items();
        assertThat(timeline).extracting(a -> a.getString("action"))
                .containsExactlyInAnyOrder("LEAD_CREATED", "INQUIRY_RECEIVED", "PROPERTY_LINKED");
        JsonObject inquiry = timeline.stream().filter(a -> a.getString("action").equals("INQUIRY_RECEIVED"))
                .findFirst().orElseThrow();
        assertThat(inquiry.getString("summary")).isEqualTo("Inquiry: showing request from " + source.name());
        assertThat(inquiry.toString()).contains("Could we see it on Saturday morning?");
        assertThat(admin().get(Properties.leadProperties(leadId)).expect(200).array())
                .extracting(link -> link.getJsonNumber("propertyId").longValue() + " " + link.getString("relation"))
                .containsExactly(propertyId + " INTERESTED_IN");
    }

    @Test
    void someoneKnownKeepsTheirLeadWhichGainsTheInquiryAndTellsItsAgent() {
        Source source = newSource();
        Account agent = Accounts.agent();
        UsPhone phone = Unique.usPhone();
        JsonObject known = agent.leads().create(newLead().phone(phone.national()));

        // known by phone, though the email is new and the phone is typed another way
        JsonObject delivered = deliver(source, Json.createObjectBuilder().add("kind", "contact")
                .add("firstName", "Ana").add("email", Unique.email("other")).add("phone", phone.dotted())
                .add("message", "Is it still available?")).expect(200).json();

        assertThat(delivered.getJsonNumber("leadId").longValue()).isEqualTo(id(known));
        assertThat(delivered.getBoolean("created")).isFalse();
        List<JsonObject> inbox = Inbox.await(agent.api(), items -> Inbox.about(items, "LEAD_INQUIRY", id(known)) == 1);
        assertThat(inbox).filteredOn(n -> n.getString("kind").equals("LEAD_INQUIRY")).singleElement()
                .satisfies(n -> assertThat(n.getString("message")).endsWith("asked again: question from "
                        + source.name()));
        assertThat(agent.api().get(Leads.path(known) + "/activities").expect(200).items())
                .extracting(a -> a.getString("action")).contains("INQUIRY_RECEIVED");
    }

    @Test
    void theSameDeliveryTwiceIsTakenOnceAndAnsweredWithWhatTheFirstDid() {
        Source source = newSource();
        byte[] body = inquiry("SIGN_UP", Unique.email("twice")).build().toString().getBytes(StandardCharsets.UTF_8);
        long now = Instant.now().getEpochSecond();

        JsonObject first = deliver(source, now, sign(source.secret(), now, body), body).expect(201).json();
        JsonObject again = deliver(source, now, sign(source.secret(), now, body), body).expect(200).json();

        assertThat(again.getJsonNumber("leadId")).isEqualTo(first.getJsonNumber("leadId"));
        assertThat(again.getBoolean("created")).isTrue();
        assertThat(again.getBoolean("repeat")).isTrue();
        assertThat(admin().get(Leads.path(first.getJsonNumber("leadId").longValue()) + "/activities").expect(200)
                .items()).filteredOn(a -> a.getString("action").equals("INQUIRY_RECEIVED")).hasSize(1);
    }

    @Test
    void aDeliveryThatIsNotSignedByAnActiveSourceRightNowIsRefusedAndTakesNothing() {
        Source source = newSource();
        String email = Unique.email("refused");
        byte[] body = inquiry("CONTACT", email).build().toString().getBytes(StandardCharsets.UTF_8);
        long now = Instant.now().getEpochSecond();
        byte[] tampered = inquiry("CONTACT", Unique.email("tampered")).build().toString()
                .getBytes(StandardCharsets.UTF_8);

        assertThatProblem(deliver(source, now, sign(source.secret(), now, body), tampered)).hasStatus(401);
        assertThatProblem(deliver(source, now, sign("whsec_" + "0".repeat(64), now, body), body)).hasStatus(401);
        long stale = now - 600;
        assertThatProblem(deliver(source, stale, sign(source.secret(), stale, body), body)).hasStatus(401);
        assertThatProblem(deliver(source, now, "sha256=zz", body)).hasStatus(401);
        assertThatProblem(new IntakeSender("in_nosuchkey", source.secret())
                .deliver(now, sign(source.secret(), now, body), body)).hasStatus(401);
        assertThatProblem(anonymous().send("POST", IntakeSender.INTAKE, "application/json",
                new String(body, StandardCharsets.UTF_8))).hasStatus(401);

        JsonObject rotated = admin().post(SOURCES + "/" + source.id() + "/secret", Json.createObjectBuilder().build())
                .expect(200).json();
        assertThatProblem(deliver(source, now, sign(source.secret(), now, body), body)).hasStatus(401);
        Source renewed = new Source(source.id(), source.key(), rotated.getString("secret"), source.name());
        // created: none of the refused deliveries had stored its lead
        deliver(renewed, inquiry("CONTACT", email)).expect(201);

        admin().delete(SOURCES + "/" + source.id()).expect(204);
        assertThatProblem(deliver(renewed, inquiry("CONTACT", Unique.email("late")))).hasStatus(401);
        assertThat(admin().get(SOURCES + "/" + source.id()).expect(200).json().getBoolean("active")).isFalse();
    }

    @Test
    void anInquiryThatIsNotOneIsRefusedFieldByField() {
        Source source = newSource();

        assertThatProblem(deliver(source, Json.createObjectBuilder().add("kind", "BUY_NOW").add("firstName", "Ana")
                .add("email", "ana@").add("propertyId", "twelve"))).hasStatus(400)
                .hasFieldError("kind").hasFieldError("propertyId");
        assertThatProblem(deliver(source, Json.createObjectBuilder().add("kind", "CONTACT").add("firstName", "Ana")
                .add("email", "ana@"))).hasStatus(400).hasFieldError("email");
        assertThatProblem(deliver(source, inquiry("CONTACT", Unique.email("nolisting")).add("propertyId", 999_999_999)))
                .hasStatus(400).hasFieldError("propertyId");
        // an off-MLS property is an agent's own: not for a sender to name
        long offMls = Properties.as(admin()).create().getJsonNumber("id").longValue();
        assertThatProblem(deliver(source, inquiry("CONTACT", Unique.email("offmls")).add("propertyId", offMls)))
                .hasStatus(400).hasFieldError("propertyId");
        assertThatProblem(deliver(source, inquiry("CONTACT", Unique.email("badphone")).add("phone", "12")))
                .hasStatus(400).hasFieldError("phone");
        byte[] latin1 = "{\"kind\": \"CONTACT\", \"firstName\": \"Zo\u00eb\"}".getBytes(StandardCharsets.ISO_8859_1);
        long signedAt = Instant.now().getEpochSecond();
        assertThatProblem(deliver(source, signedAt, sign(source.secret(), signedAt, latin1), latin1)).hasStatus(415);
        assertThatProblem(deliver(source, inquiry("CONTACT", Unique.email("big")).add("message", "x".repeat(40_000))))
                .hasStatus(413);
        long now = Instant.now().getEpochSecond();
        byte[] broken = "{\"kind\": ".getBytes(StandardCharsets.UTF_8);
        assertThatProblem(deliver(source, now, sign(source.secret(), now, broken), broken)).hasStatus(400)
                .hasFieldError("body");
    }

    @Test
    void onlyAdminsKeepTheSourcesAndASecretIsShownOnlyWhenMade() {
        Account agent = Accounts.agent();
        assertThatProblem(agent.api().post(SOURCES, Json.createObjectBuilder().add("name", Unique.name()).build()))
                .hasStatus(403);
        assertThatProblem(agent.api().get(SOURCES)).hasStatus(403);
        assertThatProblem(anonymous().get(SOURCES)).hasStatus(401);

        Source source = newSource();
        assertThat(admin().get(SOURCES).expect(200).array())
                .filteredOn(s -> s.getJsonNumber("id").longValue() == source.id()).singleElement()
                .satisfies(s -> assertThat(s.isNull("secret") || !s.containsKey("secret")).isTrue());
        assertThatProblem(admin().post(SOURCES, Json.createObjectBuilder().add("name", source.name().toUpperCase())
                .build())).hasStatus(409);
        assertThat(admin().get("/api/v1/activities?subjectType=INTAKE_SOURCE&subjectId=" + source.id()).expect(200)
                .items()).extracting(a -> a.getString("action")).containsExactly("INTAKE_SOURCE_CREATED");
    }

    @Test
    void aSourceThatSendsTooMuchIsSlowedDownButNotByWhatOthersSendInItsName() {
        Source source = newSource();
        long now = Instant.now().getEpochSecond();
        byte[] body = inquiry("CONTACT", Unique.email("often")).build().toString().getBytes(StandardCharsets.UTF_8);
        String signature = sign(source.secret(), now, body);
        // someone who knows only the public key: refused, and not counted against the source
        for (int i = 0; i < 15; i++) {
            assertThat(deliver(source, now, "sha256=00", body).status()).isEqualTo(401);
        }
        // the it profile allows 10 deliveries a minute per source (one more every 6 s); repeats count too
        int accepted = 0;
        Response answer = deliver(source, now, signature, body);
        while (answer.status() != 429 && accepted < 15) {
            assertThat(answer.status()).isIn(200, 201);
            accepted++;
            answer = deliver(source, now, signature, body);
        }
        assertThatProblem(answer).hasStatus(429);
        assertThat(answer.header("Retry-After")).isNotBlank();
        assertThat(accepted).isBetween(10, 11);
    }

    private static Source newSource() {
        String name = "Site " + Unique.name();
        JsonObject made = admin().post(SOURCES, Json.createObjectBuilder().add("name", name)
                .add("leadSource", "Website " + name).build()).expect(201).json();
        assertThat(made.getString("key")).startsWith("in_");
        return new Source(made.getJsonNumber("id").longValue(), made.getString("key"), made.getString("secret"), name);
    }

    private static JsonObjectBuilder inquiry(String kind, String email) {
        return Json.createObjectBuilder().add("kind", kind).add("firstName", "Ana").add("lastName", Unique.name())
                .add("email", email);
    }

    private static Response deliver(Source source, JsonObjectBuilder inquiry) {
        return source.sender().deliver(inquiry.build().toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Response deliver(Source source, long timestamp, String signature, byte[] body) {
        return source.sender().deliver(timestamp, signature, body);
    }
}
