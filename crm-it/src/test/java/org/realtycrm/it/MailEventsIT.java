package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.ProblemAssert.assertThatProblem;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.realtycrm.it.support.LeadJson;
import org.realtycrm.it.support.Leads;
import org.realtycrm.it.support.Query;
import org.realtycrm.it.support.Response;
import org.realtycrm.it.support.SendGridEvents;
import org.realtycrm.it.support.Unique;

/**
 * SendGrid's Event Webhook, signed with ECDSA as SendGrid signs it: the events of an outbox message land on the lead's
 * timeline, a spam report opts the address out of marketing email at once, each event is taken once, and an unsigned,
 * forged or stale request changes nothing.
 */
class MailEventsIT extends CrmIT {

    @Test
    void eventsOfAMessageReachTheLeadsTimelineAndASpamReportOptsTheAddressOut() {
        String email = Unique.email("lead");
        long lead = Leads.id(adminLeads().create(LeadJson.newLead().email(email)));
        long outboxId = admin().post("/api/v1/outbox/test", Json.createObjectBuilder().add("to", email).build())
                .expect(201).json().getJsonNumber("id").longValue();
        String events = "[" + event(email, "processed", outboxId) + "," + event(email, "delivered", outboxId) + ","
                + event(email, "open", outboxId) + "," + event(email, "spamreport", outboxId) + "]";
        assertThat(emailVerdict(email).getBoolean("allowed")).isTrue();

        Response taken = SendGridEvents.post(events);

        assertThat(taken.status()).as(taken.describe()).isEqualTo(200);
        assertThat(taken.json().getInt("taken")).isEqualTo(4);
        JsonObject verdict = emailVerdict(email);
        assertThat(verdict.getBoolean("allowed")).isFalse();
        assertThat(verdict.getJsonArray("refusals").getJsonObject(0).getString("reason"))
                .isEqualTo("EMAIL_OPTED_OUT");
        List<String> summaries = adminLeads().timeline(lead).stream()
                .filter(entry -> entry.getString("action").startsWith("EMAIL_"))
                .map(entry -> entry.getString("summary")).toList();
        assertThat(summaries).containsExactlyInAnyOrder("Email delivered (outbox mail " + outboxId + ")",
                "Email open (outbox mail " + outboxId + ")", "Email spamreport (outbox mail " + outboxId + ")",
                "No marketing email any more: reported outbox mail " + outboxId + " as spam");

        // the same delivery again (SendGrid retries when an answer is lost): nothing twice
        Response again = SendGridEvents.post(events);
        assertThat(again.json().getInt("taken")).isZero();
        assertThat(again.json().getInt("repeated")).isEqualTo(4);
        assertThat(adminLeads().timeline(lead).stream().filter(entry -> entry.getString("action")
                .startsWith("EMAIL_"))).hasSize(4);
    }

    @Test
    void aBlockedMessageIsNoOptOutButABounceForGoodIs() {
        String blocked = Unique.email("blocked");
        String bounced = Unique.email("bounced");
        String events = "[" + bounce(blocked, "blocked") + "," + bounce(bounced, "bounce") + "]";

        assertThat(SendGridEvents.post(events).status()).isEqualTo(200);

        assertThat(emailVerdict(blocked).getBoolean("allowed")).isTrue();
        assertThat(emailVerdict(bounced).getBoolean("allowed")).isFalse();
    }

    @Test
    void anUnsignedForgedOrStaleRequestChangesNothing() {
        String email = Unique.email("forged");
        String events = "[" + event(email, "unsubscribe", 0) + "]";
        long now = Instant.now().getEpochSecond();
        long stale = now - 3600;

        assertThatProblem(SendGridEvents.post(now, null, events)).hasStatus(403);
        assertThatProblem(SendGridEvents.postSignedByAnotherKey(events)).hasStatus(403);
        assertThatProblem(SendGridEvents.post(stale, SendGridEvents.sign(SendGridEvents.privateKey(), stale, events),
                events)).hasStatus(403);
        // signed, then altered on the way
        String signed = SendGridEvents.sign(SendGridEvents.privateKey(), now, events);
        assertThatProblem(SendGridEvents.post(now, signed, events.replace("unsubscribe", "delivered")))
                .hasStatus(403);
        assertThat(emailVerdict(email).getBoolean("allowed")).isTrue();

        assertThatProblem(SendGridEvents.post("{\"event\": \"unsubscribe\"}")).hasStatus(400);
        assertThat(SendGridEvents.post(events).status()).isEqualTo(200);
        assertThat(emailVerdict(email).getBoolean("allowed")).isFalse();
    }

    private static JsonObject emailVerdict(String email) {
        return admin().get("/api/v1/compliance/check" + Query.of("email", email)).expect(200).json();
    }

    private static String event(String email, String event, long outboxId) {
        return "{\"email\": \"" + email + "\", \"timestamp\": " + Instant.now().getEpochSecond() + ", \"event\": \""
                + event + "\", \"sg_event_id\": \"" + UUID.randomUUID() + "\", \"sg_message_id\": \"it."
                + UUID.randomUUID() + "\", \"outbox_id\": \"" + outboxId + "\"}";
    }

    private static String bounce(String email, String type) {
        return "{\"email\": \"" + email + "\", \"timestamp\": " + Instant.now().getEpochSecond() + ", \"event\": "
                + "\"bounce\", \"type\": \"" + type + "\", \"reason\": \"550 5.1.1 no such user\", \"sg_event_id\": \""
                + UUID.randomUUID() + "\"}";
    }
}
