package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.ProblemAssert.assertThatProblem;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Api;
import org.realtycrm.it.support.CallingHours;
import org.realtycrm.it.support.FakeTwilio;
import org.realtycrm.it.support.Inbox;
import org.realtycrm.it.support.LeadJson;
import org.realtycrm.it.support.Leads;
import org.realtycrm.it.support.Query;
import org.realtycrm.it.support.Response;
import org.realtycrm.it.support.TwilioWebhook;

/**
 * Texting through the real Twilio SDK (to a fake that speaks Twilio's Messages API) and Twilio's webhooks signed as
 * Twilio signs them: every text passes the compliance gate; STOP opts out at once and START back in; a forged,
 * unsigned or replayed webhook changes nothing; the calling hours follow the recipient's time zone.
 *
 * <p>The gate reads the real clock: a test that needs a text to go takes a number whose local time is within the
 * calling hours now ({@link CallingHours}); from 11:00 to 12:00 UTC there is none, and those tests are skipped.
 */
class TextingIT extends CrmIT {

    private static final String OUR_NUMBER = "+15125550100";

    private static FakeTwilio twilio;
    private static final TwilioWebhook WEBHOOK = TwilioWebhook.toServer();

    @BeforeAll
    static void registryAndTwilio() {
        CallingHours.loadRegistry(admin());
        twilio = FakeTwilio.start();
    }

    @AfterAll
    static void stopTwilio() {
        twilio.close();
    }

    @BeforeEach
    void forgetTexts() {
        twilio.clear();
    }

    @Test
    void anAgentsTextGoesThroughTwilioOnceAndItsDeliveryIsReported() {
        Account agent = Accounts.agent();
        String number = CallingHours.callableNumber();
        long lead = leadOf(agent, number);

        Response sent = text(agent.api(), lead, "Hi, the house on Elm St is still available.", "first-text");

        assertThat(sent.status()).as(sent.describe()).isEqualTo(201);
        JsonObject text = sent.json();
        assertThat(text.getString("status")).isEqualTo("SENT");
        assertThat(text.getString("direction")).isEqualTo("OUTBOUND");
        assertThat(twilio.receivedTo(number)).singleElement().satisfies(message -> {
            assertThat(message.from()).isEqualTo(OUR_NUMBER);
            assertThat(message.body()).isEqualTo("Hi, the house on Elm St is still available.");
            assertThat(message.statusCallback()).isEqualTo(TwilioWebhook.PUBLIC_BASE_URL
                    + TwilioWebhook.STATUS_CALLBACK + "?outboxText=" + text.getJsonNumber("id").longValue());
        });
        // the same key again: the first text's record, and nothing sent twice
        Response again = text(agent.api(), lead, "Hi, the house on Elm St is still available.", "first-text");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().getJsonNumber("id").longValue()).isEqualTo(text.getJsonNumber("id").longValue());
        assertThat(twilio.receivedTo(number)).hasSize(1);

        FakeTwilio.Message message = twilio.receivedTo(number).get(0);
        assertThat(WEBHOOK.statusCallback(message, "delivered", null).status()).isEqualTo(204);
        assertThat(WEBHOOK.statusCallback(message, "sent", null).status()).isEqualTo(204); // late: changes nothing
        assertThat(conversation(agent.api(), lead)).singleElement().satisfies(entry -> {
            assertThat(entry.getString("status")).isEqualTo("SENT");
            assertThat(entry.getString("carrierStatus")).isEqualTo("delivered");
            assertThat(entry.getString("body")).isEqualTo("Hi, the house on Elm St is still available.");
        });
        assertThat(actions(lead)).contains("TEXT_SENT");

        // another agent neither reads nor texts this lead
        Account other = Accounts.agent();
        assertThat(other.api().get(Leads.path(lead) + "/texts").status()).isEqualTo(404);
        assertThat(text(other.api(), lead, "Hello", null).status()).isEqualTo(404);
        assertThat(twilio.receivedTo(number)).hasSize(1);
    }

    @Test
    void stopPutsTheNumberOnTheCompanysListAtOnceAndStartTakesItOff() {
        Account agent = Accounts.agent();
        String number = CallingHours.callableNumber();
        long lead = leadOf(agent, number);
        assertThat(text(agent.api(), lead, "Would you like to see it Saturday?", null).status()).isEqualTo(201);

        Instant stopped = Instant.now();
        assertThat(WEBHOOK.inboundMessage(number, OUR_NUMBER, " Stop. ").status()).isEqualTo(200);

        assertThat(reasons(check(number))).contains("INTERNAL_DNC");
        assertThat(Duration.between(stopped, Instant.now())).isLessThan(Duration.ofSeconds(1));
        Response refused = text(agent.api(), lead, "Just one more thing", null);
        assertThatProblem(refused).hasStatus(422).hasType("send-refused");
        assertThat(refused.json().getJsonArray("refusals").getValuesAs(JsonObject.class))
                .extracting(refusal -> refusal.getString("reason")).contains("INTERNAL_DNC");
        // one confirmation, and nothing of the agent's
        assertThat(twilio.receivedTo(number)).hasSize(2);
        assertThat(twilio.receivedTo(number).get(1).body()).contains("unsubscribed", "START");
        assertThat(actions(lead)).contains("TEXT_OPTED_OUT", "TEXT_REFUSED");
        assertThat(conversation(agent.api(), lead)).extracting(entry -> entry.getString("status"))
                .containsExactly("SENT", "RECEIVED", "SENT", "REFUSED");

        assertThat(WEBHOOK.inboundMessage(number, OUR_NUMBER, "START").status()).isEqualTo(200);

        assertThat(reasons(check(number))).doesNotContain("INTERNAL_DNC");
        assertThat(twilio.receivedTo(number)).hasSize(3);
        assertThat(twilio.receivedTo(number).get(2).body()).contains("subscribed", "STOP");
        assertThat(text(agent.api(), lead, "Welcome back!", null).status()).isEqualTo(201);
        assertThat(actions(lead)).contains("TEXT_OPTED_IN");
    }

    @Test
    void startAnswersOnlyTheOptOutsByTextNotARequestAnAgentRecorded() {
        String number = CallingHours.newNumber("404");
        admin().post("/api/v1/pipeline/dnc/internal", Json.createObjectBuilder().add("phone", number)
                .add("source", "asked on a call not to be contacted").build()).expect(201);
        assertThat(WEBHOOK.inboundMessage(number, OUR_NUMBER, "STOP").status()).isEqualTo(200);

        assertThat(WEBHOOK.inboundMessage(number, OUR_NUMBER, "START").status()).isEqualTo(200);

        assertThat(reasons(check(number))).contains("INTERNAL_DNC");
        // and a STOP after the START holds again
        String other = CallingHours.newNumber("404");
        assertThat(WEBHOOK.inboundMessage(other, OUR_NUMBER, "stop").status()).isEqualTo(200);
        assertThat(WEBHOOK.inboundMessage(other, OUR_NUMBER, "start").status()).isEqualTo(200);
        assertThat(reasons(check(other))).doesNotContain("INTERNAL_DNC");
        assertThat(WEBHOOK.inboundMessage(other, OUR_NUMBER, "Stop texting me").status()).isEqualTo(200);
        assertThat(reasons(check(other))).contains("INTERNAL_DNC");
    }

    @Test
    void aNumberTwilioSaysOptedOutWithTheCarrierIsOnTheCompanysListToo() {
        Account agent = Accounts.agent();
        String number = CallingHours.callableNumber();
        long lead = leadOf(agent, number);
        twilio.optOut(number);

        Response refusedByTwilio = text(agent.api(), lead, "Are you still selling?", null);

        assertThat(refusedByTwilio.status()).as(refusedByTwilio.describe()).isEqualTo(201);
        assertThat(refusedByTwilio.json().getString("status")).isEqualTo("FAILED");
        assertThat(refusedByTwilio.json().getString("error")).contains("21610");
        assertThat(reasons(check(number))).contains("INTERNAL_DNC");
        assertThatProblem(text(agent.api(), lead, "Hello?", null)).hasStatus(422).hasType("send-refused");
        assertThat(twilio.receivedTo(number)).isEmpty();
    }

    @Test
    void yesFromSomeoneWhoNeverOptedOutIsAnAnswerAndHelpIsAnswered() {
        Account agent = Accounts.agent();
        String number = CallingHours.callableNumber();
        long lead = leadOf(agent, number);

        assertThat(WEBHOOK.inboundMessage(number, OUR_NUMBER, "Yes").status()).isEqualTo(200);
        assertThat(WEBHOOK.inboundMessage(number, OUR_NUMBER, "help").status()).isEqualTo(200);

        assertThat(conversation(agent.api(), lead)).extracting(entry -> entry.getString("category"))
                .containsExactly("MESSAGE", "HELP", "help");
        assertThat(twilio.receivedTo(number)).singleElement()
                .satisfies(answer -> assertThat(answer.body()).contains("STOP"));
        List<JsonObject> notices = Inbox.await(agent.api(), items -> Inbox.about(items, "TEXT_RECEIVED", lead) > 0);
        assertThat(Inbox.about(notices, "TEXT_RECEIVED", lead)).isEqualTo(1);
    }

    @Test
    void aTextFromANumberNoLeadHasBecomesARoutedLead() {
        String number = CallingHours.newNumber("671");

        assertThat(WEBHOOK.inboundMessage(number, OUR_NUMBER, "Is 12 Oak Lane still for sale?").status())
                .isEqualTo(200);

        List<JsonObject> found = adminLeads().list("q", number).expect(200).items();
        assertThat(found).singleElement().satisfies(lead -> {
            assertThat(lead.getString("source")).isEqualTo("Text message");
            assertThat(actions(Leads.id(lead))).contains("LEAD_CREATED", "TEXT_RECEIVED");
            assertThat(conversation(admin(), Leads.id(lead))).singleElement()
                    .satisfies(entry -> assertThat(entry.getString("body")).isEqualTo("Is 12 Oak Lane still for sale?"));
        });
    }

    @Test
    void forgedUnsignedAndReplayedWebhooksChangeNothing() {
        String number = CallingHours.newNumber("671");
        Map<String, String> stop = TwilioWebhook.inboundParameters(TwilioWebhook.newMessageSid(), number, OUR_NUMBER,
                "STOP");

        assertThatProblem(WEBHOOK.postWithWrongSignature(TwilioWebhook.INBOUND_MESSAGES, stop)).hasStatus(403);
        assertThatProblem(WEBHOOK.postUnsigned(TwilioWebhook.INBOUND_MESSAGES, stop)).hasStatus(403);
        assertThatProblem(WEBHOOK.signingWith("another-accounts-token")
                .post(TwilioWebhook.INBOUND_MESSAGES, stop)).hasStatus(403);
        Map<String, String> altered = new LinkedHashMap<>(stop);
        altered.put("From", CallingHours.newNumber("671"));
        assertThatProblem(WEBHOOK.post(TwilioWebhook.INBOUND_MESSAGES, altered, signatureOf(stop))).hasStatus(403);
        assertThat(reasons(check(number))).doesNotContain("INTERNAL_DNC");

        assertThat(WEBHOOK.post(TwilioWebhook.INBOUND_MESSAGES, stop).status()).isEqualTo(200);
        assertThatProblem(WEBHOOK.post(TwilioWebhook.INBOUND_MESSAGES, stop)).hasStatus(409);
        assertThat(reasons(check(number))).contains("INTERNAL_DNC");
        // a report of no text of ours is taken and ignored (Twilio would only try again)
        assertThat(WEBHOOK.statusCallback(TwilioWebhook.newMessageSid(), "delivered").status()).isEqualTo(204);
    }

    @Test
    void theCallingHoursFollowTheRecipientsTimeZoneAndAStatesStricterHours() {
        for (Map.Entry<String, List<ZoneId>> place : CallingHours.AREA_CODES.entrySet()) {
            Instant now = Instant.now();
            if (place.getValue().stream().anyMatch(zone -> nearTheEdgeOfTheWindow(now.atZone(zone).toLocalTime(),
                    LocalTime.of(8, 0), LocalTime.of(21, 0)))) {
                continue; // the server's clock reads a moment later: either answer could be right
            }
            JsonObject verdict = check(CallingHours.newNumber(place.getKey()));
            boolean expected = CallingHours.callable(now, place.getValue(), Duration.ZERO);
            assertThat(verdict.getBoolean("allowed")).as(place + " at " + now).isEqualTo(expected);
            if (!expected) {
                JsonObject quiet = verdict.getJsonArray("refusals").getJsonObject(0);
                assertThat(quiet.getString("reason")).isEqualTo("QUIET_HOURS");
                // the first moment it is 8 am or later in every zone: the latest of their next 8 am
                Instant nextMorning = place.getValue().stream()
                        .map(zone -> next(now.atZone(zone), LocalTime.of(8, 0)).toInstant())
                        .max(Instant::compareTo).orElseThrow();
                assertThat(Instant.parse(quiet.getString("retryAt"))).isEqualTo(nextMorning);
            }
        }

        // Georgia's own hours, set so that now is outside them there: a Georgia number is refused until they begin,
        // and so is a Los Angeles number whose holder's address is in Georgia (the address decides)
        ZoneId eastern = ZoneId.of("America/New_York");
        LocalTime nowThere = LocalTime.now(eastern);
        LocalTime start = nowThere.isBefore(LocalTime.of(9, 0)) || nowThere.isAfter(LocalTime.of(20, 30))
                ? LocalTime.of(10, 0) : LocalTime.of(8, 0);
        LocalTime end = start.equals(LocalTime.of(10, 0)) ? LocalTime.of(20, 0)
                : nowThere.minusMinutes(20).withSecond(0).withNano(0);
        Assumptions.assumeFalse(nearTheEdgeOfTheWindow(nowThere, start, end));
        JsonObject rule = admin().put("/api/v1/compliance/quiet-hours/ga", Json.createObjectBuilder()
                .add("start", start.toString()).add("end", end.toString()).build()).expect(200).json();
        try {
            assertThat(rule.getString("state")).isEqualTo("GA");
            assertThat(admin().get("/api/v1/compliance/quiet-hours").expect(200).items())
                    .extracting(r -> r.getString("state")).contains("GA");
            JsonObject georgian = check(CallingHours.newNumber("404"));
            assertThat(georgian.getBoolean("allowed")).isFalse();
            assertThat(Instant.parse(georgian.getJsonArray("refusals").getJsonObject(0).getString("retryAt"))
                    .atZone(eastern)).isEqualTo(next(ZonedDateTime.now(eastern), start));
            assertThat(admin().get("/api/v1/compliance/check" + Query.of("phone", CallingHours.newNumber("213"),
                    "state", "GA")).expect(200).json().getBoolean("allowed")).isFalse();

            assertThatProblem(admin().put("/api/v1/compliance/quiet-hours/GA", Json.createObjectBuilder()
                    .add("start", "07:00").add("end", "22:00").build())).hasStatus(400).hasFieldError("start");
            assertThatProblem(admin().put("/api/v1/compliance/quiet-hours/GA", Json.createObjectBuilder()
                    .add("start", "09:00").add("end", "20:00").add("version", rule.getJsonNumber("version")
                            .longValue() + 5).build())).hasStatus(409);
            assertThat(actionsOf("/api/v1/activities?subjectType=QUIET_HOURS")).contains("QUIET_HOURS_CHANGED");
        } finally {
            admin().delete("/api/v1/compliance/quiet-hours/GA").expect(204);
        }
        assertThatProblem(admin().delete("/api/v1/compliance/quiet-hours/GA")).hasStatus(404);
    }

    @Test
    void aTextOutsideTheCallingHoursIsRefusedWithTheMomentItMayGo() {
        Optional<String> quiet = CallingHours.quietNumber();
        Assumptions.assumeTrue(quiet.isPresent(), "every zone is within the calling hours now");
        Account agent = Accounts.agent();
        String number = quiet.get();
        long lead = leadOf(agent, number);

        Response refused = text(agent.api(), lead, "Good morning!", null);

        assertThatProblem(refused).hasStatus(422).hasType("send-refused");
        assertThat(refused.json().getJsonArray("refusals").getValuesAs(JsonObject.class))
                .extracting(refusal -> refusal.getString("reason")).containsExactly("QUIET_HOURS");
        assertThat(Instant.parse(refused.json().getString("holdUntil"))).isAfter(Instant.now());
        assertThat(twilio.receivedTo(number)).isEmpty();
        assertThat(actions(lead)).contains("TEXT_REFUSED");
    }

    // --- the calling hours, computed here without the server

    private static boolean nearTheEdgeOfTheWindow(LocalTime time, LocalTime start, LocalTime end) {
        return Math.abs(Duration.between(time, start).toSeconds()) < 120
                || Math.abs(Duration.between(time, end).toSeconds()) < 120;
    }

    /** The next moment at or after {@code from} when the local clock shows {@code time}. */
    private static ZonedDateTime next(ZonedDateTime from, LocalTime time) {
        ZonedDateTime today = from.with(time).withSecond(0).withNano(0);
        return today.isBefore(from) ? today.plusDays(1).with(time) : today;
    }

    // --- calls

    private static long leadOf(Account agent, String number) {
        return Leads.id(agent.leads().create(LeadJson.newLead().phone(number)));
    }

    private static Response text(Api api, long lead, String body, String key) {
        Api caller = key == null ? api : api.withHeader("Idempotency-Key", key);
        return caller.post(Leads.path(lead) + "/texts", Json.createObjectBuilder().add("body", body).build());
    }

    private static List<JsonObject> conversation(Api api, long lead) {
        return api.get(Leads.path(lead) + "/texts").expect(200).items();
    }

    private static JsonObject check(String number) {
        return admin().get("/api/v1/compliance/check" + Query.of("phone", number, "channel", "SMS")).expect(200)
                .json();
    }

    private static List<String> reasons(JsonObject verdict) {
        return verdict.getJsonArray("refusals").getValuesAs(JsonObject.class).stream()
                .map(refusal -> refusal.getString("reason")).toList();
    }

    private static List<String> actions(long lead) {
        return adminLeads().timeline(lead).stream().map(entry -> entry.getString("action")).toList();
    }

    private static List<String> actionsOf(String path) {
        return admin().get(path).expect(200).items().stream().map(entry -> entry.getString("action")).toList();
    }

    private static String signatureOf(Map<String, String> params) {
        return TwilioWebhook.signature(FakeTwilio.AUTH_TOKEN, TwilioWebhook.PUBLIC_BASE_URL
                + TwilioWebhook.INBOUND_MESSAGES, params);
    }
}
