package org.realtycrm.campaign.control;

import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.realtycrm.campaign.entity.MailProvider;
import org.realtycrm.campaign.entity.OutgoingMail;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real SendGrid SDK, driven by {@link SendGridMailer} against WireMock speaking SendGrid's documented v3 mail
 * send API: what is sent, byte for byte as JSON, and how each kind of answer is read.
 */
class SendGridMailerTest {

    private static final String KEY = "SG.test-key.not-a-secret";
    private static final String MAIL_SEND = "/v3/mail/send";

    private final WireMockServer sendGrid = new WireMockServer(options().dynamicPort());

    @BeforeEach
    void start() {
        sendGrid.start();
    }

    @AfterEach
    void stop() {
        sendGrid.stop();
    }

    private SendGridSettings settings() {
        return SendGridSettings.of(KEY, "Listings@Sunrise-Realty.example", "Sunrise Realty")
                .withBaseUrl(URI.create(sendGrid.baseUrl()));
    }

    private Delivery send(SendGridSettings settings, long outboxId, OutgoingMail mail) {
        try (SendGridMailer mailer = SendGridMailer.of(settings)) {
            return mailer.send(outboxId, mail);
        }
    }

    private static OutgoingMail alert() {
        return OutgoingMail.to("ana.lima@example.com", "Ana Lima")
                .subject("3 new listings for \"Downtown condos\"")
                .text("Hello Ana,\n\n3 new listings match your search.\n")
                .html("<p>Hello Ana,</p><p>3 new listings match your search.</p>")
                .category("alert")
                .oneClickUnsubscribe(URI.create("https://crm.sunrise-realty.example/unsubscribe/tok_8f3a"))
                .idempotencyKey("alert:search-7:2026-11-02")
                .build();
    }

    private void answer(int status, String body) {
        sendGrid.stubFor(post(urlEqualTo(MAIL_SEND)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    private LoggedRequest onlyRequest() {
        assertThat(sendGrid.findAll(postRequestedFor(urlEqualTo(MAIL_SEND)))).hasSize(1);
        return sendGrid.findAll(postRequestedFor(urlEqualTo(MAIL_SEND))).get(0);
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void posts_the_documented_v3_mail_send_request_with_the_bearer_key_and_answers_sent_with_the_message_id() {
        sendGrid.stubFor(post(urlEqualTo(MAIL_SEND)).willReturn(aResponse().withStatus(202)
                .withHeader("X-Message-Id", "W8hHkRZ4TGu1rT4qEj2zAw")));

        Delivery delivery = send(settings(), 42, alert());

        assertThat(delivery).isEqualTo(Delivery.sent("W8hHkRZ4TGu1rT4qEj2zAw"));
        String expected = """
                {
                  "from": {"email": "listings@sunrise-realty.example", "name": "Sunrise Realty"},
                  "subject": "3 new listings for \\"Downtown condos\\"",
                  "personalizations": [{
                    "to": [{"email": "ana.lima@example.com", "name": "Ana Lima"}],
                    "custom_args": {"outbox_id": "42"}
                  }],
                  "content": [
                    {"type": "text/plain", "value": "Hello Ana,\\n\\n3 new listings match your search.\\n"},
                    {"type": "text/html", "value": "<p>Hello Ana,</p><p>3 new listings match your search.</p>"}
                  ],
                  "headers": {
                    "List-Unsubscribe": "<https://crm.sunrise-realty.example/unsubscribe/tok_8f3a>",
                    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"
                  },
                  "categories": ["alert"]
                }""";
        sendGrid.verify(1, postRequestedFor(urlEqualTo(MAIL_SEND))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Accept", equalTo("application/json"))
                .withRequestBody(equalToJson(expected, false, false)));
        // the same, as an object: a failure shows the difference
        assertThat(json(onlyRequest().getBodyAsString())).isEqualTo(json(expected));
    }

    @Test
    void the_reply_address_is_sendgrids_reply_to_never_a_custom_header() {
        sendGrid.stubFor(post(urlEqualTo(MAIL_SEND)).willReturn(aResponse().withStatus(202)
                .withHeader("X-Message-Id", "id-3")));
        OutgoingMail campaign = OutgoingMail.to("ops@brokerage.example", null).subject("News").text("Hello.")
                .category("campaign").replyTo("replies@reply.brokerage.example").idempotencyKey("campaign-send:1:1")
                .build();

        send(settings(), 8, campaign);

        JsonObject body = json(onlyRequest().getBodyAsString());
        assertThat(body.getJsonObject("reply_to")).isEqualTo(json("{\"email\": \"replies@reply.brokerage.example\"}"));
        assertThat(body.containsKey("headers")).as(body.toString()).isFalse();
    }

    @Test
    void a_plain_text_message_without_names_has_one_content_part_and_bare_addresses() {
        sendGrid.stubFor(post(urlEqualTo(MAIL_SEND)).willReturn(aResponse().withStatus(202)
                .withHeader("X-Message-Id", "id-2")));
        OutgoingMail plain = OutgoingMail.to("ops@brokerage.example", null).subject("Test").text("It works.")
                .category("test").idempotencyKey("test:1").build();

        Delivery delivery = send(SendGridSettings.of(KEY, "noreply@brokerage.example", null)
                .withBaseUrl(URI.create(sendGrid.baseUrl())), 7, plain);

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.SENT);
        assertThat(json(onlyRequest().getBodyAsString())).isEqualTo(json("""
                {"from": {"email": "noreply@brokerage.example"},
                 "subject": "Test",
                 "personalizations": [{"to": [{"email": "ops@brokerage.example"}], "custom_args": {"outbox_id": "7"}}],
                 "content": [{"type": "text/plain", "value": "It works."}],
                 "categories": ["test"]}"""));
    }

    @Test
    void a_base_url_with_a_path_prefixes_the_api_path() {
        sendGrid.stubFor(post(urlEqualTo("/relay/sendgrid" + MAIL_SEND)).willReturn(aResponse().withStatus(202)));

        Delivery delivery = send(settings().withBaseUrl(URI.create(sendGrid.baseUrl() + "/relay/sendgrid/")), 1,
                alert());

        assertThat(delivery).isEqualTo(Delivery.sent(null));
        sendGrid.verify(1, postRequestedFor(urlEqualTo("/relay/sendgrid" + MAIL_SEND)));
    }

    @Test
    void a_400_is_a_permanent_failure_with_sendgrids_own_messages() {
        answer(400, """
                {"errors": [
                  {"message": "The from address does not match a verified Sender Identity. Mail cannot be sent until \
                this error is resolved.", "field": "from", "help": "https://sendgrid.com/docs/for-developers/sending-\
                email/sender-identity/"},
                  {"message": "Invalid type. Expected: string, given: null.", "field": null, "help": null}
                ]}""");

        Delivery delivery = send(settings(), 42, alert());

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.FAILED);
        assertThat(delivery.retryable()).isFalse();
        assertThat(delivery.error()).isEqualTo("SendGrid answered 400: from: The from address does not match a "
                + "verified Sender Identity. Mail cannot be sent until this error is resolved.; Invalid type. "
                + "Expected: string, given: null.");
        onlyRequest(); // the HTTP client never resends on its own
    }

    @Test
    void a_revoked_key_is_a_permanent_failure() {
        answer(401, """
                {"errors": [{"field": null, "message": "The provided authorization grant is invalid, expired, or \
                revoked"}]}""");

        Delivery delivery = send(settings(), 42, alert());

        assertThat(delivery).isEqualTo(Delivery.refused("SendGrid answered 401: The provided authorization grant is "
                + "invalid, expired, or revoked"));
        assertThat(delivery.error()).doesNotContain(KEY);
    }

    @Test
    void a_429_rate_limit_fails_for_now_and_is_retryable() {
        answer(429, """
                {"errors": [{"field": null, "message": "too many requests"}]}""");

        Delivery delivery = send(settings(), 42, alert());

        assertThat(delivery).isEqualTo(Delivery.failedForNow("SendGrid answered 429: too many requests"));
        onlyRequest();
    }

    @Test
    void a_503_fails_for_now_and_is_retryable_even_without_sendgrids_json() {
        sendGrid.stubFor(post(urlEqualTo(MAIL_SEND)).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Service Unavailable</body></html>")));

        Delivery delivery = send(settings(), 42, alert());

        assertThat(delivery).isEqualTo(Delivery.failedForNow("SendGrid answered 503"));
        onlyRequest();
    }

    @Test
    void an_unreachable_sendgrid_fails_for_now_and_is_retryable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Delivery delivery = send(settings().withBaseUrl(URI.create("http://127.0.0.1:" + closedPort)), 42, alert());

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.FAILED);
        assertThat(delivery.retryable()).isTrue();
        assertThat(delivery.error()).startsWith("SendGrid could not be reached: ");
    }

    @Test
    void an_answer_slower_than_the_read_timeout_fails_without_holding_the_caller_and_is_not_sent_again() {
        sendGrid.stubFor(post(urlEqualTo(MAIL_SEND)).willReturn(aResponse().withStatus(202).withFixedDelay(3_000)));
        long start = System.nanoTime();

        Delivery delivery = send(settings().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300)), 42,
                alert());

        // SendGrid may have taken it: its v3 API has no idempotency key, so trying again could deliver it twice
        assertThat(delivery.retryable()).isFalse();
        assertThat(delivery.error()).startsWith("SendGrid's answer was lost; the message may have gone out: ")
                .contains("Timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
    }

    @Test
    void it_is_the_sendgrid_provider_and_never_shows_its_key() {
        try (SendGridMailer mailer = SendGridMailer.of(settings())) {
            assertThat(mailer.provider()).isEqualTo(MailProvider.SENDGRID);
            assertThat(mailer.toString()).contains("listings@sunrise-realty.example").doesNotContain(KEY);
        }
    }
}
