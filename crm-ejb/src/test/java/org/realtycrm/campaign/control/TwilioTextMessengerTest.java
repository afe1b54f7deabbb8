package org.realtycrm.campaign.control;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.realtycrm.campaign.entity.OutgoingText;
import org.realtycrm.campaign.entity.TextProvider;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real Twilio SDK, driven by {@link TwilioTextMessenger} against WireMock speaking Twilio's documented Messages
 * API ({@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json}): what is sent, field by field, and how each kind
 * of answer is read.
 */
class TwilioTextMessengerTest {

    private static final String ACCOUNT_SID = "AC5f3c0e2a9b8d4c7e1a6f0b2d3c4e5f6a";
    private static final String TOKEN = "twilio-test-token-not-a-secret";
    private static final String FROM = "+12025550143";
    private static final String SERVICE_SID = "MG9a8b7c6d5e4f30211f2e3d4c5b6a7980";
    private static final String MESSAGE_SID = "SM3f1e9d2c7b6a5948e0d1c2b3a4f5e6d7";
    private static final String TO = "+15125550199";
    private static final String BODY = "Hi Ana, 3 new listings match \"Downtown condos\" & more: café, 2 bd.\n"
            + "Reply STOP to opt out.";
    private static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";

    private final WireMockServer twilio = new WireMockServer(options().dynamicPort());

    @BeforeEach
    void start() {
        twilio.start();
    }

    @AfterEach
    void stop() {
        twilio.stop();
    }

    private TwilioSettings settings() {
        return TwilioSettings.of(ACCOUNT_SID, TOKEN, FROM, null).withBaseUrl(URI.create(twilio.baseUrl()));
    }

    private static OutgoingText alert() {
        return new OutgoingText(TO, BODY, "alert:search-7:2026-11-02");
    }

    private static final long OUTBOX_ID = 42;

    private static Delivery send(TwilioSettings settings, OutgoingText text) {
        try (TwilioTextMessenger messenger = TwilioTextMessenger.of(settings)) {
            return messenger.send(OUTBOX_ID, text);
        }
    }

    /** Twilio's answer to a text it queued, as its API reference shows it. */
    private static String queued(String from, String messagingServiceSid) {
        return """
                {
                  "account_sid": "%1$s",
                  "api_version": "2010-04-01",
                  "body": "Hi Ana, 3 new listings match",
                  "date_created": "Mon, 02 Nov 2026 15:00:00 +0000",
                  "date_sent": null,
                  "date_updated": "Mon, 02 Nov 2026 15:00:00 +0000",
                  "direction": "outbound-api",
                  "error_code": null,
                  "error_message": null,
                  "from": %3$s,
                  "messaging_service_sid": %4$s,
                  "num_media": "0",
                  "num_segments": "1",
                  "price": null,
                  "price_unit": "USD",
                  "sid": "%2$s",
                  "status": "%5$s",
                  "subresource_uris": {"media": "/2010-04-01/Accounts/%1$s/Messages/%2$s/Media.json"},
                  "to": "+15125550199",
                  "uri": "/2010-04-01/Accounts/%1$s/Messages/%2$s.json"
                }""".formatted(ACCOUNT_SID, MESSAGE_SID, from == null ? "null" : "\"" + from + "\"",
                messagingServiceSid == null ? "null" : "\"" + messagingServiceSid + "\"",
                messagingServiceSid == null ? "queued" : "accepted");
    }

    /** Twilio's documented error body. */
    private static String error(int code, String message, int status) {
        return """
                {"code": %d, "message": "%s", "more_info": "https://www.twilio.com/docs/errors/%d", "status": %d}"""
                .formatted(code, message, code, status);
    }

    private void answer(int status, String body) {
        twilio.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    private LoggedRequest onlyRequest() {
        assertThat(twilio.findAll(postRequestedFor(urlEqualTo(MESSAGES)))).hasSize(1);
        return twilio.findAll(postRequestedFor(urlEqualTo(MESSAGES))).get(0);
    }

    /** The form the request carried, decoded, in its order. */
    private static Map<String, String> form(LoggedRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            String[] parts = pair.split("=", 2);
            fields.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8));
        }
        return fields;
    }

    @Test
    void posts_the_documented_messages_request_with_basic_auth_and_answers_sent_with_the_message_sid() {
        answer(201, queued(FROM, null));

        Delivery delivery = send(settings(), alert());

        assertThat(delivery).isEqualTo(Delivery.sent(MESSAGE_SID));
        String basic = Base64.getEncoder().encodeToString((ACCOUNT_SID + ":" + TOKEN)
                .getBytes(StandardCharsets.UTF_8));
        twilio.verify(1, postRequestedFor(urlEqualTo(MESSAGES))
                .withHeader("Authorization", equalTo("Basic " + basic))
                .withHeader("Accept", equalTo("application/json")));
        LoggedRequest request = onlyRequest();
        assertThat(request.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        // exactly these fields: no StatusCallback without a webhook URL, no MessagingServiceSid
        assertThat(form(request)).containsOnly(Map.entry("To", TO), Map.entry("From", FROM), Map.entry("Body", BODY));
    }

    @Test
    void a_messaging_service_sends_instead_of_a_number_and_the_status_callback_is_asked_for_when_configured() {
        answer(201, queued(null, SERVICE_SID));
        URI callback = URI.create("https://crm.sunrise-realty.example/api/v1/webhooks/twilio/status");

        Delivery delivery = send(TwilioSettings.of(ACCOUNT_SID, TOKEN, null, SERVICE_SID)
                .withBaseUrl(URI.create(twilio.baseUrl())).withStatusCallback(callback), alert());

        assertThat(delivery).isEqualTo(Delivery.sent(MESSAGE_SID));
        assertThat(form(onlyRequest())).containsOnly(Map.entry("To", TO), Map.entry("MessagingServiceSid",
                SERVICE_SID), Map.entry("Body", BODY),
                Map.entry("StatusCallback", callback + "?outboxText=" + OUTBOX_ID));
    }

    @Test
    void a_base_url_with_a_path_prefixes_the_api_path() {
        twilio.stubFor(post(urlEqualTo("/relay/twilio" + MESSAGES)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(queued(FROM, null))));

        Delivery delivery = send(settings().withBaseUrl(URI.create(twilio.baseUrl() + "/relay/twilio/")), alert());

        assertThat(delivery).isEqualTo(Delivery.sent(MESSAGE_SID));
        twilio.verify(1, postRequestedFor(urlEqualTo("/relay/twilio" + MESSAGES)));
    }

    @Test
    void the_base_url_replaces_twilios_host_whatever_it_is() throws Exception {
        URI base = URI.create("http://twilio-fake.test.internal:18097/prefix/");

        assertThat(TwilioClient.rebase(URI.create("https://api.twilio.com" + MESSAGES + "?PageSize=20").toURL(),
                base)).hasToString("http://twilio-fake.test.internal:18097/prefix" + MESSAGES + "?PageSize=20");
        assertThat(TwilioClient.rebase(URI.create("https://api.sydney.au1.twilio.com" + MESSAGES).toURL(),
                URI.create("https://api.twilio.com"))).hasToString("https://api.twilio.com" + MESSAGES);
    }

    @Test
    void a_400_is_a_permanent_failure_with_twilios_code_and_message() {
        answer(400, error(21211, "The 'To' number +15125550199 is not a valid phone number.", 400));

        Delivery delivery = send(settings(), alert());

        assertThat(delivery).isEqualTo(Delivery.refused("Twilio answered 400 (error 21211): The 'To' number "
                + "+15125550199 is not a valid phone number.", "21211"));
        assertThat(delivery.retryable()).isFalse();
        assertThat(delivery.recipientOptedOut()).isFalse();
        onlyRequest(); // the HTTP client never resends on its own
    }

    @Test
    void a_recipient_who_replied_stop_is_refused_for_good_and_told_apart() {
        answer(400, error(21610, "Attempt to send to unsubscribed recipient", 400));

        Delivery delivery = send(settings(), alert());

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.FAILED);
        assertThat(delivery.retryable()).isFalse();
        assertThat(delivery.providerCode()).isEqualTo(Delivery.TWILIO_UNSUBSCRIBED).isEqualTo("21610");
        assertThat(delivery.recipientOptedOut()).isTrue();
        assertThat(delivery.error()).isEqualTo("Twilio answered 400 (error 21610): Attempt to send to unsubscribed "
                + "recipient");
        onlyRequest();
    }

    @Test
    void a_refused_token_is_a_permanent_failure_that_never_shows_the_token() {
        answer(401, error(20003, "Authenticate", 401));

        Delivery delivery = send(settings(), alert());

        assertThat(delivery).isEqualTo(Delivery.refused("Twilio answered 401 (error 20003): Authenticate", "20003"));
        assertThat(delivery.error()).doesNotContain(TOKEN);
    }

    @Test
    void a_429_rate_limit_fails_for_now_and_is_retryable() {
        answer(429, error(20429, "Too Many Requests", 429));

        Delivery delivery = send(settings(), alert());

        assertThat(delivery).isEqualTo(Delivery.failedForNow("Twilio answered 429 (error 20429): Too Many Requests"));
        onlyRequest();
    }

    @Test
    void a_500_fails_for_now_and_is_not_resent_by_the_sdk() {
        answer(500, error(20500, "Internal Server Error", 500));

        Delivery delivery = send(settings(), alert());

        assertThat(delivery).isEqualTo(Delivery.failedForNow("Twilio answered 500 (error 20500): Internal Server "
                + "Error"));
        onlyRequest(); // the SDK's own client would have sent it three times
    }

    @Test
    void a_503_fails_for_now_even_without_twilios_json() {
        twilio.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Service Unavailable</body></html>")));

        Delivery delivery = send(settings(), alert());

        assertThat(delivery).isEqualTo(Delivery.failedForNow("Twilio answered 503"));
        onlyRequest();
    }

    @Test
    void an_accepted_text_whose_answer_cannot_be_read_is_sent_not_sent_again() {
        twilio.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "text/plain").withBody("Created")));

        Delivery delivery = send(settings(), alert());

        assertThat(delivery).isEqualTo(Delivery.sent(null));
    }

    @Test
    void an_unreachable_twilio_fails_for_now_and_is_retryable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Delivery delivery = send(settings().withBaseUrl(URI.create("http://127.0.0.1:" + closedPort)), alert());

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.FAILED);
        assertThat(delivery.retryable()).isTrue();
        assertThat(delivery.providerCode()).isNull();
        assertThat(delivery.error()).startsWith("Twilio could not be reached: ");
    }

    @Test
    void a_connection_that_hangs_fails_for_now_within_the_connect_timeout_not_the_sdks_own() throws IOException {
        // a listening socket whose accept queue is full: the kernel leaves further connections unanswered (Linux)
        try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<Socket> queued = new ArrayList<>();
            try {
                boolean hangs = false;
                for (int i = 0; i < 10 && !hangs; i++) {
                    Socket socket = new Socket();
                    queued.add(socket);
                    try {
                        socket.connect(full.getLocalSocketAddress(), 200);
                    } catch (SocketTimeoutException e) {
                        hangs = true;
                    }
                }
                assumeTrue(hangs, "this system refuses connections to a full accept queue instead of ignoring them");
                long start = System.nanoTime();

                Delivery delivery = send(settings().withBaseUrl(URI.create("http://127.0.0.1:" + full.getLocalPort()))
                        .withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(5)), alert());

                // the SDK sets 30.5 s on every request; the settings' timeout replaces it
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
                assertThat(delivery.retryable()).isTrue();
                assertThat(delivery.error()).startsWith("Twilio could not be reached: ConnectTimeoutException");
            } finally {
                for (Socket socket : queued) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void an_answer_slower_than_the_read_timeout_fails_without_holding_the_caller_and_is_not_sent_again() {
        twilio.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(queued(FROM, null)).withFixedDelay(3_000)));
        long start = System.nanoTime();

        Delivery delivery = send(settings().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300)), alert());

        // Twilio may have taken it: its Messages API has no idempotency key, so trying again could text it twice
        assertThat(delivery.retryable()).isFalse();
        assertThat(delivery.error()).startsWith("Twilio's answer was lost; the text may have gone out: ");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
        onlyRequest();
    }

    @Test
    void one_messenger_sends_many_texts_over_its_connections() {
        answer(201, queued(FROM, null));

        try (TwilioTextMessenger messenger = TwilioTextMessenger.of(settings())) {
            for (int i = 0; i < 3; i++) {
                assertThat(messenger.send(i, alert())).isEqualTo(Delivery.sent(MESSAGE_SID));
            }
        }
        assertThat(twilio.findAll(postRequestedFor(urlEqualTo(MESSAGES)))).hasSize(3);
    }

    @Test
    void it_is_the_twilio_provider_and_never_shows_its_token() {
        try (TwilioTextMessenger messenger = TwilioTextMessenger.of(settings())) {
            assertThat(messenger.provider()).isEqualTo(TextProvider.TWILIO);
            assertThat(messenger.toString()).contains(ACCOUNT_SID, FROM, twilio.baseUrl()).doesNotContain(TOKEN);
        }
    }
}
