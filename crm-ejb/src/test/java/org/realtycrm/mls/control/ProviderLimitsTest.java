package org.realtycrm.mls.control;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.UnaryOperator;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** 429 and Retry-After, 5xx and timeouts with back-off, giving up, and pacing: all waits on a fake clock. */
class ProviderLimitsTest {

    private static final String PAGE = ResoWebApiFeedTest.page(List.of(ResoWebApiFeedTest.listing("A", "2026-01-02T10:00:00Z")), null);

    private final WireMockServer server = new WireMockServer(options().dynamicPort());
    private final FakeTime time = new FakeTime();

    @BeforeEach
    void start() {
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private ListingFeed feed(UnaryOperator<ResoWebApiSettings.Builder> settings) {
        ResoWebApiSettings.Builder builder = ResoWebApiSettings.builder(URI.create(server.baseUrl() + "/odata/"))
                .staticToken("static-secret-token").pageSize(10).requestsPerSecond(1000).maxAttempts(4)
                .backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));
        return ResoWebApiFeed.of(settings.apply(builder).build(), time, time);
    }

    /** Answers {@code failures} in turn, then the page. */
    private void answer(ResponseDefinitionBuilder... failures) {
        String state = STARTED;
        for (int i = 0; i < failures.length; i++) {
            server.stubFor(get(urlPathEqualTo("/odata/Property")).inScenario("provider").whenScenarioStateIs(state)
                    .willReturn(failures[i]).willSetStateTo("after " + (i + 1)));
            state = "after " + (i + 1);
        }
        server.stubFor(get(urlPathEqualTo("/odata/Property")).inScenario("provider").whenScenarioStateIs(state)
                .willReturn(okJson(PAGE)));
    }

    private int requests() {
        return server.findAll(getRequestedFor(urlPathEqualTo("/odata/Property"))).size();
    }

    @Test
    void a_429_waits_as_long_as_retry_after_says_in_seconds() {
        answer(aResponse().withStatus(429).withHeader("Retry-After", "1"));

        ListingPage page = feed(s -> s).changedSince(ReplicationCursor.start());

        assertThat(page.records()).hasSize(1);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
        assertThat(requests()).isEqualTo(2);
    }

    @Test
    void a_429_waits_until_the_http_date_of_retry_after() {
        String in90Seconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(time.instant().plusSeconds(90).atOffset(ZoneOffset.UTC));
        answer(aResponse().withStatus(429).withHeader("Retry-After", in90Seconds));

        feed(s -> s).changedSince(ReplicationCursor.start());

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(90));
    }

    @Test
    void server_errors_are_retried_with_exponential_backoff() {
        answer(aResponse().withStatus(500), aResponse().withStatus(500));

        ListingPage page = feed(s -> s).changedSince(ReplicationCursor.start());

        assertThat(page.records()).hasSize(1);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(requests()).isEqualTo(3);
    }

    @Test
    void a_feed_that_keeps_failing_stops_after_the_configured_attempts_and_says_so() {
        server.stubFor(get(urlPathEqualTo("/odata/Property")).willReturn(aResponse().withStatus(503)));

        FeedUnavailableException failure = catchThrowableOfType(FeedUnavailableException.class,
                () -> feed(s -> s.backoff(Duration.ofSeconds(2), Duration.ofSeconds(5))).changedSince(ReplicationCursor.start()));

        assertThat(failure.status()).isEqualTo(503);
        assertThat(failure.attempts()).isEqualTo(4);
        assertThat(failure.url()).startsWith(server.baseUrl() + "/odata/Property?$orderby=");
        assertThat(failure).hasMessageContaining("HTTP 503").hasMessageContaining("4 attempts")
                .hasMessageNotContaining("static-secret-token");
        assertThat(requests()).isEqualTo(4);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(5));
    }

    @Test
    void timeouts_and_broken_connections_are_retried() {
        answer(aResponse().withFixedDelay(3_000).withBody(PAGE), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        ListingPage page = feed(s -> s.timeouts(Duration.ofSeconds(2), Duration.ofMillis(300))).changedSince(ReplicationCursor.start());

        assertThat(page.records()).hasSize(1);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(requests()).isEqualTo(3);
    }

    @Test
    void a_refusal_other_than_401_and_429_is_not_retried() {
        server.stubFor(get(urlPathEqualTo("/odata/Property")).willReturn(aResponse().withStatus(400)));

        FeedUnavailableException failure = catchThrowableOfType(FeedUnavailableException.class,
                () -> feed(s -> s).changedSince(ReplicationCursor.start()));

        assertThat(failure.status()).isEqualTo(400);
        assertThat(failure.attempts()).isEqualTo(1);
        assertThat(requests()).isEqualTo(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void a_retry_after_longer_than_the_feed_waits_fails_at_once() {
        server.stubFor(get(urlPathEqualTo("/odata/Property")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

        assertThatThrownBy(() -> feed(s -> s.maxRetryAfter(Duration.ofMinutes(5))).changedSince(ReplicationCursor.start()))
                .isInstanceOf(FeedUnavailableException.class).hasMessageContaining("wait 3600 s");
        assertThat(requests()).isEqualTo(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void requests_are_paced_per_second() {
        server.stubFor(get(urlPathEqualTo("/odata/Property")).willReturn(okJson(PAGE)));
        ListingFeed feed = feed(s -> s.requestsPerSecond(2).requestsPerHour(7200));

        for (int i = 0; i < 4; i++) {
            feed.changedSince(ReplicationCursor.start());
        }

        // two at once, then one every half second
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(500));
        assertThat(requests()).isEqualTo(4);
    }

    @Test
    void requests_are_paced_per_hour() {
        server.stubFor(get(urlPathEqualTo("/odata/Property")).willReturn(okJson(PAGE)));
        ListingFeed feed = feed(s -> s.requestsPerSecond(10).requestsPerHour(3));

        for (int i = 0; i < 4; i++) {
            feed.changedSince(ReplicationCursor.start());
        }

        // three per hour: the fourth request waits for a third of an hour
        assertThat(time.slept()).isEqualTo(Duration.ofMinutes(20));
        assertThat(requests()).isEqualTo(4);
    }
}
