package org.realtycrm.mls.control;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** OAuth2 client credentials (Basic or in the body), the token cache and its expiry, 401 → one renewal; static tokens. */
class AccessTokensTest {

    private static final String PAGE = ResoWebApiFeedTest.page(List.of(ResoWebApiFeedTest.listing("A", "2026-01-02T10:00:00Z")), null);
    private static final String SECRET = "s3cret:&=";

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

    private ListingFeed feed(ResoWebApiSettings.ClientAuthentication how) {
        return ResoWebApiFeed.of(ResoWebApiSettings.builder(URI.create(server.baseUrl() + "/odata/"))
                .clientCredentials(URI.create(server.baseUrl() + "/oauth/token"), "crm-client", SECRET, how)
                .requestsPerSecond(1000).build(), time, time);
    }

    /** The token endpoint hands out tok-1, tok-2, … in turn, each for {@code lifetime} seconds. */
    private void issueTokens(int lifetime, int count) {
        String state = STARTED;
        for (int i = 1; i <= count; i++) {
            server.stubFor(post(urlPathEqualTo("/oauth/token")).inScenario("tokens").whenScenarioStateIs(state)
                    .willReturn(okJson("{\"access_token\":\"tok-" + i + "\",\"token_type\":\"Bearer\",\"expires_in\":" + lifetime + "}"))
                    .willSetStateTo("issued " + i));
            state = "issued " + i;
        }
    }

    private void acceptToken(String token) {
        server.stubFor(get(urlPathEqualTo("/odata/Property")).atPriority(1)
                .withHeader("Authorization", equalTo("Bearer " + token)).willReturn(okJson(PAGE)));
        server.stubFor(get(urlPathEqualTo("/odata/Property")).atPriority(5).willReturn(aResponse().withStatus(401)));
    }

    private List<LoggedRequest> tokenRequests() {
        return server.findAll(postRequestedFor(urlPathEqualTo("/oauth/token")));
    }

    private List<String> bearers() {
        return server.findAll(getRequestedFor(urlPathEqualTo("/odata/Property"))).stream().map(r -> r.getHeader("Authorization")).toList();
    }

    @Test
    void client_credentials_by_http_basic_and_the_token_is_cached_until_it_nearly_expires() {
        issueTokens(3600, 2);
        acceptToken("tok-1");
        ListingFeed feed = feed(ResoWebApiSettings.ClientAuthentication.HTTP_BASIC);

        feed.changedSince(ReplicationCursor.start());
        time.advance(Duration.ofSeconds(3600 - 61));
        feed.changedSince(ReplicationCursor.start());

        assertThat(tokenRequests()).hasSize(1);
        LoggedRequest tokenRequest = tokenRequests().get(0);
        assertThat(tokenRequest.getBodyAsString()).isEqualTo("grant_type=client_credentials");
        assertThat(tokenRequest.getHeader("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        // RFC 6749 §2.3.1: id and secret form-encoded, then Base64 of "id:secret"
        assertThat(tokenRequest.getHeader("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString("crm-client:s3cret%3A%26%3D".getBytes(StandardCharsets.UTF_8)));
        assertThat(bearers()).containsExactly("Bearer tok-1", "Bearer tok-1");

        acceptToken("tok-2");
        time.advance(Duration.ofSeconds(2)); // within the margin of 60 s before expiry: a new token first
        feed.changedSince(ReplicationCursor.start());

        assertThat(tokenRequests()).hasSize(2);
        assertThat(bearers()).endsWith("Bearer tok-2");
    }

    @Test
    void client_credentials_in_the_request_body_when_so_configured() {
        issueTokens(3600, 1);
        acceptToken("tok-1");

        feed(ResoWebApiSettings.ClientAuthentication.REQUEST_BODY).changedSince(ReplicationCursor.start());

        server.verify(postRequestedFor(urlPathEqualTo("/oauth/token")).withHeader("Authorization", absent())
                .withRequestBody(equalTo("grant_type=client_credentials&client_id=crm-client&client_secret=s3cret%3A%26%3D")));
    }

    @Test
    void a_token_the_api_refuses_with_401_is_renewed_once_and_the_request_retried() {
        issueTokens(3600, 2);
        acceptToken("tok-2"); // the provider revoked tok-1 before its time

        ListingPage page = feed(ResoWebApiSettings.ClientAuthentication.HTTP_BASIC).changedSince(ReplicationCursor.start());

        assertThat(page.records()).hasSize(1);
        assertThat(tokenRequests()).hasSize(2);
        assertThat(bearers()).containsExactly("Bearer tok-1", "Bearer tok-2");
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void a_second_401_after_renewal_fails_without_a_loop() {
        issueTokens(3600, 3);
        acceptToken("tok-9");

        FeedUnavailableException failure = catchThrowableOfType(FeedUnavailableException.class,
                () -> feed(ResoWebApiSettings.ClientAuthentication.HTTP_BASIC).changedSince(ReplicationCursor.start()));

        assertThat(failure.status()).isEqualTo(401);
        assertThat(tokenRequests()).hasSize(2);
        assertThat(bearers()).containsExactly("Bearer tok-1", "Bearer tok-2");
    }

    @Test
    void a_refused_client_fails_with_the_token_url_and_no_secret() {
        server.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":\"invalid_client\"}")));

        FeedUnavailableException failure = catchThrowableOfType(FeedUnavailableException.class,
                () -> feed(ResoWebApiSettings.ClientAuthentication.HTTP_BASIC).changedSince(ReplicationCursor.start()));

        assertThat(failure.status()).isEqualTo(401);
        assertThat(failure.url()).isEqualTo(server.baseUrl() + "/oauth/token");
        assertThat(failure).hasMessageContaining("token endpoint").hasMessageNotContaining("s3cret");
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/odata/Property")))).isEmpty();
    }

    @Test
    void a_static_token_refused_with_401_is_not_retried() {
        server.stubFor(get(urlPathEqualTo("/odata/Property")).willReturn(aResponse().withStatus(401)));
        ListingFeed feed = ResoWebApiFeed.of(ResoWebApiSettings.builder(URI.create(server.baseUrl() + "/odata/"))
                .staticToken("mlsgrid-token").build(), time, time);

        FeedUnavailableException failure = catchThrowableOfType(FeedUnavailableException.class,
                () -> feed.changedSince(ReplicationCursor.start()));

        assertThat(failure.status()).isEqualTo(401);
        assertThat(failure).hasMessageNotContaining("mlsgrid-token");
        assertThat(bearers()).containsExactly("Bearer mlsgrid-token");
    }
}
