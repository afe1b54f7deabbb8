package org.realtycrm.pipeline.control;

import java.io.StringReader;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.realtycrm.pipeline.entity.LineType;
import org.realtycrm.pipeline.entity.PostalAddress;
import org.realtycrm.pipeline.entity.SkipTraceRequest;
import org.realtycrm.pipeline.entity.SkipTraceResult;
import org.realtycrm.pipeline.entity.TracedPhone;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class TracerfySkipTracerTest {

    private static final String KEY = "tfy-secret-key-123";
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private static final SkipTraceRequest JANE = SkipTraceRequest
            .person("lead-1", "Jane", "Doe", new PostalAddress("PO Box 111", "Austin", "tx", "78702"))
            .withProperty(new PostalAddress("123 Main Street", "Austin", "TX", "78701"));
    private static final SkipTraceRequest MARY = SkipTraceRequest
            .named("lead-2", "Mary Ann Smith", new PostalAddress("9 Oak Ave", "Dallas", "TX", "752011234"));
    private static final SkipTraceRequest JOHN = SkipTraceRequest
            .person("lead-3", "John", "Roe", new PostalAddress("999 Nowhere Blvd", "Austin", "TX", "78701"));
    private static final SkipTraceRequest ANN = SkipTraceRequest
            .person("lead-4", "Ann", "Lee", new PostalAddress("5 Elm St", "Waco", "TX", "76701"));

    private final WireMockServer server = new WireMockServer(options().dynamicPort());

    @BeforeEach
    void start() {
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private TracerfySkipTracer tracer(int maxBatchSize, Duration timeout) {
        TracerfySettings settings = new TracerfySettings(URI.create(server.baseUrl()), KEY, timeout, maxBatchSize);
        return TracerfySkipTracer.of(settings, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private TracerfySkipTracer tracer() {
        return tracer(10, Duration.ofSeconds(5));
    }

    private void queues(int page, JsonArrayBuilder queues) {
        server.stubFor(get(urlPathEqualTo("/v1/api/queues/")).withQueryParam("page", equalTo(String.valueOf(page)))
                .willReturn(okJson(queues.build().toString())));
    }

    private static JsonObjectBuilder queue(long id, boolean pending) {
        return Json.createObjectBuilder().add("id", id).add("created_at", "2026-03-02T09:30:00Z")
                .add("pending", pending).add("queue_type", "api").add("trace_type", "normal")
                .add("credits_per_lead", 1);
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void submit_posts_the_documented_json_with_the_bearer_key_and_returns_the_queue_id() {
        server.stubFor(post(urlEqualTo("/v1/api/trace/")).willReturn(okJson("""
                {"message": "Queue created", "queue_id": 456, "status": "pending",
                 "created_at": "2026-03-02T10:00:00Z", "rows_uploaded": 2, "trace_type": "normal",
                 "credits_per_lead": 1, "estimated_wait_seconds": 30}""")));

        String batchId = tracer().submit(List.of(JANE, MARY));

        assertThat(batchId).isEqualTo("456");
        LoggedRequest sent = server.findAll(postRequestedFor(urlEqualTo("/v1/api/trace/"))).get(0);
        assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(sent.getHeader("Content-Type")).startsWith("application/json");
        JsonObject body = parse(sent.getBodyAsString());
        assertThat(body).containsEntry("address_column", Json.createValue("address"))
                .containsEntry("city_column", Json.createValue("city"))
                .containsEntry("state_column", Json.createValue("state"))
                .containsEntry("zip_column", Json.createValue("zip"))
                .containsEntry("first_name_column", Json.createValue("first_name"))
                .containsEntry("last_name_column", Json.createValue("last_name"))
                .containsEntry("mail_address_column", Json.createValue("mail_address"))
                .containsEntry("mail_city_column", Json.createValue("mail_city"))
                .containsEntry("mail_state_column", Json.createValue("mail_state"))
                .containsEntry("mailing_zip_column", Json.createValue("mailing_zip"))
                .containsEntry("trace_type", Json.createValue("normal"));
        JsonArray rows = Json.createReader(new StringReader(body.getString("json_data"))).readArray();
        assertThat(rows).containsExactly(
                Json.createObjectBuilder().add("address", "123 Main Street").add("city", "Austin").add("state", "TX")
                        .add("zip", "78701").add("first_name", "Jane").add("last_name", "Doe")
                        .add("mail_address", "PO Box 111").add("mail_city", "Austin").add("mail_state", "TX")
                        .add("mailing_zip", "78702").build(),
                // no property address: the mailing address stands in; a full name splits before its last word
                Json.createObjectBuilder().add("address", "9 Oak Ave").add("city", "Dallas").add("state", "TX")
                        .add("zip", "75201-1234").add("first_name", "Mary Ann").add("last_name", "Smith")
                        .add("mail_address", "9 Oak Ave").add("mail_city", "Dallas").add("mail_state", "TX")
                        .add("mailing_zip", "75201-1234").build());
    }

    @Test
    void poll_maps_pending_and_complete_queues_with_their_counts_and_an_unknown_queue_to_failed() {
        queues(1, Json.createArrayBuilder()
                .add(queue(459, true))
                .add(queue(458, true).add("rows_uploaded", 1800).add("credits_deducted", 0).addNull("download_url"))
                .add(queue(457, false).add("rows_uploaded", 2).add("credits_deducted", 2)
                        .add("download_url", "https://tracerfy.nyc3.cdn.digitaloceanspaces.com/tracerfy/x.csv")));
        TracerfySkipTracer tracer = tracer();

        assertThat(tracer.poll("459")).isEqualTo(BatchProgress.pending(OptionalInt.empty()));
        assertThat(tracer.poll("458")).isEqualTo(BatchProgress.pending(OptionalInt.of(1800)));
        BatchProgress done = tracer.poll("457");
        assertThat(done.state()).isEqualTo(BatchProgress.State.DONE);
        assertThat(done.total()).hasValue(2);
        assertThat(done.processed()).hasValue(2);
        BatchProgress unknown = tracer.poll("999");
        assertThat(unknown.state()).isEqualTo(BatchProgress.State.FAILED);
        assertThat(unknown.failure()).hasValueSatisfying(why -> assertThat(why).contains("no queue 999"));
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/v1/api/queues/"))))
                .allSatisfy(request -> assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + KEY));
    }

    /** Pending queues from {@code newest} down to {@code oldest}, as the queue list orders them. */
    private static JsonArrayBuilder pendingQueues(long newest, long oldest) {
        JsonArrayBuilder queues = Json.createArrayBuilder();
        LongStream.iterate(newest, id -> id >= oldest, id -> id - 1).forEach(id -> queues.add(queue(id, true)));
        return queues;
    }

    @Test
    void poll_reads_the_next_page_while_the_list_holds_only_newer_queues() {
        queues(1, pendingQueues(1200, 1101));
        queues(2, pendingQueues(1100, 1001).add(queue(1000, false).add("rows_uploaded", 7)));

        BatchProgress progress = tracer().poll("1000");

        assertThat(progress.state()).isEqualTo(BatchProgress.State.DONE);
        assertThat(progress.total()).hasValue(7);
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/v1/api/queues/"))))
                .extracting(LoggedRequest::getUrl).containsExactly("/v1/api/queues/?page=1", "/v1/api/queues/?page=2");
    }

    @Test
    void poll_stops_at_the_first_page_that_reaches_older_queues() {
        // a full page, newest first, on which 1150 is missing although older queues follow it
        JsonArrayBuilder page = Json.createArrayBuilder();
        LongStream.iterate(1200, id -> id >= 1100, id -> id - 1).filter(id -> id != 1150)
                .forEach(id -> page.add(queue(id, true)));
        queues(1, page);
        queues(2, pendingQueues(1099, 1000));

        assertThat(tracer().poll("1150").state()).isEqualTo(BatchProgress.State.FAILED);
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/v1/api/queues/")))).hasSize(1);
    }

    @Test
    void results_parse_phones_with_line_types_and_emails_drop_invalid_ones_and_report_no_hits() {
        queues(1, Json.createArrayBuilder().add(queue(456, false).add("rows_uploaded", 4)));
        server.stubFor(get(urlEqualTo("/v1/api/queue/456")).willReturn(okJson(Json.createArrayBuilder()
                // Tracerfy cleaned the row: upper case, the suffix abbreviated
                .add(record("123 MAIN ST", "AUSTIN", "TX", "JANE", "DOE")
                        .add("primary_phone", "5125550100").add("primary_phone_type", "Mobile")
                        .add("mobile_1", "(512) 555-0100").add("mobile_2", "12345").add("mobile_3", "")
                        .add("landline_1", "512.555.0200").add("landline_2", "0005550000")
                        .add("email_1", " Jane.Doe@Example.COM ").add("email_2", "not-an-email")
                        .add("email_3", "jane.doe@example.com"))
                .add(record("9 Oak Avenue", "Dallas", "TX", "Mary Ann", "Smith").add("landline_1", "214-555-0300"))
                // a no-hit comes back with every contact field empty
                .add(record("999 Nowhere Blvd", "Austin", "TX", "John", "Roe"))
                .add(record("1 Other Rd", "Austin", "TX", "Someone", "Else").add("mobile_1", "5125550999"))
                .build().toString())));

        List<SkipTraceResult> results = tracer().results("456", List.of(JANE, MARY, JOHN, ANN));

        assertThat(results).containsExactly(
                new SkipTraceResult("lead-1", true, List.of(
                        new TracedPhone("+15125550100", LineType.MOBILE, false, false),
                        new TracedPhone("+15125550200", LineType.LANDLINE, false, false)),
                        List.of("jane.doe@example.com")),
                new SkipTraceResult("lead-2", true,
                        List.of(new TracedPhone("+12145550300", LineType.LANDLINE, false, false)), List.of()),
                SkipTraceResult.notFound("lead-3"),
                SkipTraceResult.notFound("lead-4"));
        assertThat(server.findAll(getRequestedFor(urlEqualTo("/v1/api/queue/456"))).get(0).getHeader("Authorization"))
                .isEqualTo("Bearer " + KEY);
    }

    /** A normal trace's record as documented: every contact field present, empty when unknown. */
    private static JsonObjectBuilder record(String address, String city, String state, String first, String last) {
        JsonObjectBuilder record = Json.createObjectBuilder().add("address", address).add("city", city)
                .add("state", state).add("mail_address", address).add("mail_city", city).add("mail_state", state)
                .add("first_name", first).add("last_name", last).add("primary_phone", "")
                .add("primary_phone_type", "");
        IntStream.rangeClosed(1, 5).forEach(i -> record.add("email_" + i, "").add("mobile_" + i, ""));
        IntStream.rangeClosed(1, 3).forEach(i -> record.add("landline_" + i, ""));
        return record;
    }

    @Test
    void results_of_a_queue_still_pending_are_refused_without_reading_its_records() {
        queues(1, Json.createArrayBuilder().add(queue(456, true)));

        assertThatThrownBy(() -> tracer().results("456", List.of(JANE)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PENDING");
        assertThat(server.findAll(getRequestedFor(urlEqualTo("/v1/api/queue/456")))).isEmpty();
    }

    @Test
    void a_429_is_retryable_after_the_seconds_in_retry_after() {
        server.stubFor(post(urlEqualTo("/v1/api/trace/")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "30").withBody("{\"detail\": \"Request was throttled.\"}")));

        assertThatThrownBy(() -> tracer().submit(List.of(JANE)))
                .asInstanceOf(type(SkipTraceException.class))
                .satisfies(e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.getMessage()).contains("Tracerfy", "HTTP 429", "submitting a batch of 1 owners");
                });
    }

    @Test
    void a_503_is_retryable_after_the_http_date_in_retry_after() {
        String inTwoMinutes = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(120).atZone(ZoneOffset.UTC));
        server.stubFor(get(urlPathEqualTo("/v1/api/queues/")).willReturn(aResponse().withStatus(503)
                .withHeader("Retry-After", inTwoMinutes)));

        assertThatThrownBy(() -> tracer().poll("456"))
                .asInstanceOf(type(SkipTraceException.class))
                .satisfies(e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.retryAfter()).contains(Duration.ofMinutes(2));
                    assertThat(e.status()).isEqualTo(503);
                });
    }

    @Test
    void a_401_is_not_retryable_and_its_message_names_the_key_problem_without_the_key() {
        server.stubFor(get(urlPathEqualTo("/v1/api/queues/")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"detail\": \"Invalid token " + KEY + ".\"}")));

        assertThatThrownBy(() -> tracer().poll("456"))
                .asInstanceOf(type(SkipTraceException.class))
                .satisfies(e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.retryAfter()).isEmpty();
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.getMessage()).contains("Tracerfy refused the API key", "HTTP 401", "Invalid token ***")
                            .doesNotContain(KEY);
                });
    }

    @Test
    void a_400_is_not_retryable_and_carries_the_vendors_explanation() {
        server.stubFor(post(urlEqualTo("/v1/api/trace/")).willReturn(aResponse().withStatus(400)
                .withBody("{\"message\": \"Insufficient credits\"}")));

        assertThatThrownBy(() -> tracer().submit(List.of(JANE)))
                .asInstanceOf(type(SkipTraceException.class))
                .satisfies(e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("HTTP 400", "Insufficient credits");
                });
    }

    @Test
    void a_timeout_is_retryable_without_a_status() {
        server.stubFor(get(urlPathEqualTo("/v1/api/queues/")).willReturn(okJson("[]").withFixedDelay(1_500)));

        assertThatThrownBy(() -> tracer(10, Duration.ofMillis(200)).poll("456"))
                .asInstanceOf(type(SkipTraceException.class))
                .satisfies(e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.status()).isZero();
                    assertThat(e.getMessage()).contains("did not answer");
                });
    }

    @Test
    void an_answer_without_queue_id_is_not_retried_blindly() {
        server.stubFor(post(urlEqualTo("/v1/api/trace/")).willReturn(okJson("{\"message\": \"Queue created\"}")));

        assertThatThrownBy(() -> tracer().submit(List.of(JANE)))
                .asInstanceOf(type(SkipTraceException.class))
                .satisfies(e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("queue_id", "queue list");
                });
    }

    @Test
    void a_batch_larger_than_the_maximum_or_with_a_repeated_request_id_is_refused_before_anything_is_sent() {
        TracerfySkipTracer tracer = tracer(2, Duration.ofSeconds(5));

        assertThat(tracer.maxBatchSize()).isEqualTo(2);
        assertThatThrownBy(() -> tracer.submit(List.of(JANE, MARY, JOHN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("split it");
        assertThatThrownBy(() -> tracer.submit(List.of(JANE, JANE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lead-1");
        assertThatThrownBy(() -> tracer.submit(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void settings_never_show_the_key() {
        TracerfySettings settings = TracerfySettings.withKey(KEY);

        assertThat(settings.toString()).doesNotContain(KEY).contains("apiKey=***", "https://tracerfy.com");
        assertThatThrownBy(() -> TracerfySettings.withKey("two words"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("two words");
    }
}
