package org.realtycrm.campaign.rest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;

import org.junit.jupiter.api.Test;
import org.realtycrm.campaign.entity.MailProvider;
import org.realtycrm.campaign.entity.MailStatus;
import org.realtycrm.campaign.entity.OutboxEntry;
import org.realtycrm.campaign.entity.OutboxMail;
import org.realtycrm.campaign.entity.OutgoingMail;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.rest.JsonBodyReader;
import org.realtycrm.platform.rest.MalformedBodyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The outbox's JSON as docs/api.md describes it: every field present, null or not (as JsonConfig writes). */
class OutboxJsonTest {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    private static JsonObject json(Object value) {
        return Json.createReader(new StringReader(JSONB.toJson(value))).readObject();
    }

    private static Object read(String body) throws IOException {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<Object> type = (Class) TestMailRequest.class;
        return new JsonBodyReader().readFrom(type, type, new Annotation[0], MediaType.APPLICATION_JSON_TYPE,
                new MultivaluedHashMap<>(), new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void the_test_request_takes_an_address_as_text() throws IOException {
        assertThat(((TestMailRequest) read("{\"to\": \"ops@brokerage.example\"}")).to)
                .isEqualTo("ops@brokerage.example");
        assertThatThrownBy(() -> read("{\"to\": 42}")).isInstanceOfSatisfying(MalformedBodyException.class,
                e -> assertThat(e.errors()).containsExactly(new FieldError("to", "must be text")));
    }

    @Test
    void a_listed_message_has_no_bodies() {
        JsonObject entry = json(OutboxEntryJson.of(new OutboxEntry(3, Instant.parse("2026-11-02T09:00:00Z"), "test",
                "ops@brokerage.example", null, "Realty CRM test email", "test:1", MailProvider.SENDGRID,
                MailStatus.FAILED, null, "SendGrid answered 429: too many requests", true, 1, null)));

        assertThat(entry.keySet()).containsExactlyInAnyOrder("id", "createdAt", "category", "to", "toName",
                "subject", "idempotencyKey", "provider", "status", "providerMessageId", "error", "retryable",
                "attempts", "sentAt");
        assertThat(entry.getString("status")).isEqualTo("FAILED");
        assertThat(entry.getBoolean("retryable")).isTrue();
        assertThat(entry.get("toName")).isEqualTo(JsonValue.NULL);
    }

    @Test
    void a_message_has_its_bodies_and_its_headers_as_an_object() throws ReflectiveOperationException {
        OutboxMail mail = OutboxMail.record(OutgoingMail.to("ana@example.com", "Ana").subject("Hi").text("Hello")
                .category("alert").oneClickUnsubscribe(URI.create("https://crm.example/u/1"))
                .idempotencyKey("alert:1").build(), MailProvider.OUTBOX);
        Field id = OutboxMail.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(mail, 9L);

        JsonObject message = json(OutboxMailJson.of(mail));

        assertThat(message.getString("to")).isEqualTo("ana@example.com");
        assertThat(message.getString("textBody")).isEqualTo("Hello");
        assertThat(message.get("htmlBody")).isEqualTo(JsonValue.NULL);
        assertThat(message.getJsonObject("headers")).containsEntry("List-Unsubscribe-Post",
                Json.createValue("List-Unsubscribe=One-Click"));
        assertThat(message.getString("provider")).isEqualTo("OUTBOX");
        assertThat(message.getString("status")).isEqualTo("RECORDED");
        assertThat(message.getInt("attempts")).isZero();
    }
}
