package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.ProblemAssert.assertThatProblem;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.FakeSendGrid;
import org.realtycrm.it.support.ItProperties;
import org.realtycrm.it.support.Query;
import org.realtycrm.it.support.Response;
import org.realtycrm.it.support.Unique;

/**
 * The outbox and the mail it records, with the server under test configured (IT profile) to send through the
 * real SendGrid SDK to a fake SendGrid: the "send a test email" an operator uses to check the mail settings, what
 * SendGrid's answers make of a message (sent, refused for good, to try again), and who may read the outbox.
 */
class OutboxIT extends CrmIT {

    private static final String OUTBOX = "/api/v1/outbox";

    @Test
    void aTestEmailGoesOutThroughSendGridAndTheOutboxKeepsItSealed() throws SQLException {
        String to = Unique.email("outbox");
        try (FakeSendGrid sendGrid = FakeSendGrid.start()) {
            Response answer = admin().post(OUTBOX + "/test", Json.createObjectBuilder().add("to", to).build())
                    .expect(201);
            JsonObject sent = answer.json();
            long id = sent.getJsonNumber("id").longValue();
            assertThat(answer.header("Location")).endsWith(OUTBOX + "/" + id);
            assertThat(sent.getString("status")).isEqualTo("SENT");
            assertThat(sent.getString("provider")).isEqualTo("SENDGRID");
            assertThat(sent.getString("category")).isEqualTo("test");
            assertThat(sent.getInt("attempts")).isEqualTo(1);

            FakeSendGrid.Received received = sendGrid.received().get(0);
            assertThat(sent.getString("providerMessageId")).isEqualTo(received.messageId());
            JsonObject message = received.body();
            assertThat(message.getJsonObject("from").getString("email")).isEqualTo("listings@it.realtycrm.example");
            JsonObject personalization = message.getJsonArray("personalizations").getJsonObject(0);
            assertThat(personalization.getJsonArray("to").getJsonObject(0).getString("email")).isEqualTo(to);
            assertThat(personalization.getJsonObject("custom_args").getString("outbox_id"))
                    .isEqualTo(String.valueOf(id));
            assertThat(message.getJsonArray("content").getValuesAs(JsonObject.class))
                    .extracting(part -> part.getString("type")).containsExactly("text/plain", "text/html");

            JsonObject stored = admin().get(OUTBOX + "/" + id).expect(200).json();
            assertThat(stored.getString("to")).isEqualTo(to);
            assertThat(stored.getString("textBody")).contains("test email");
            List<JsonObject> newest = admin().get(OUTBOX + Query.of("size", "5")).expect(200).items();
            assertThat(newest.get(0).getJsonNumber("id").longValue()).isEqualTo(id);
            assertThat(newest.get(0).containsKey("textBody")).as("the list leaves the bodies out").isFalse();

            // personal data: sealed at rest, like a lead's email
            String storedAddress = single("select to_address from outbox_mails where id = ?", id);
            assertThat(storedAddress).startsWith("v").doesNotContain(to);
            assertThat(single("select text_body from outbox_mails where id = ?", id)).doesNotContain("test email");
            List<JsonObject> trail = admin().get("/api/v1/activities" + Query.of("subjectType", "OUTBOX_MAIL",
                    "subjectId", String.valueOf(id))).expect(200).items();
            assertThat(trail).extracting(activity -> activity.getString("action")).containsExactly("TEST_MAIL_SENT");
        }
    }

    @Test
    void whatSendGridRefusesFailsForGoodAndAnUnreachableSendGridIsTriedAgainLater() {
        try (FakeSendGrid sendGrid = FakeSendGrid.start()) {
            JsonObject refused = admin().post(OUTBOX + "/test", Json.createObjectBuilder()
                    .add("to", "bounce-" + Unique.email("outbox")).build()).expect(201).json();
            assertThat(refused.getString("status")).isEqualTo("FAILED");
            assertThat(refused.getBoolean("retryable")).isFalse();
            assertThat(refused.getString("error")).contains("400", "Does not contain a valid address");
            assertThat(sendGrid.received()).isEmpty();
        }
        JsonObject unreachable = admin().post(OUTBOX + "/test", Json.createObjectBuilder()
                .add("to", Unique.email("outbox")).build()).expect(201).json();
        assertThat(unreachable.getString("status")).isEqualTo("FAILED");
        assertThat(unreachable.getBoolean("retryable")).as("SendGrid could not be reached: later, it may").isTrue();
    }

    @Test
    void onlyAddressesMailCanGoToAreTakenAndOnlyAdminsReadTheOutbox() {
        for (String bad : List.of("ana@example.com\r\nBcc: all@example.com", "Ana <ana@example.com>", "ana",
                "")) {
            assertThatProblem(admin().post(OUTBOX + "/test", Json.createObjectBuilder().add("to", bad).build()))
                    .hasStatus(400).hasType("invalid-input");
        }
        assertThat(admin().get(OUTBOX + "/987654321").status()).isEqualTo(404);
        assertThat(Accounts.agent().api().get(OUTBOX).status()).isEqualTo(403);
        assertThat(Accounts.client().api().post(OUTBOX + "/test", Json.createObjectBuilder()
                .add("to", Unique.email("outbox")).build()).status()).isEqualTo(403);
        assertThat(anonymous().get(OUTBOX).status()).isEqualTo(401);
    }

    private static String single(String sql, long id) throws SQLException {
        try (Connection db = DriverManager.getConnection(ItProperties.dbUrl(), ItProperties.dbUser(),
                ItProperties.dbPassword()); PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
