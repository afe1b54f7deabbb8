package org.realtycrm.mls.control;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * Tokens from an OAuth2 token endpoint by the client-credentials grant (RFC 6749 §4.4), the client authenticated by
 * HTTP Basic or in the request body as configured. A token is kept until {@code expires_in} (an hour when the
 * endpoint does not say) less a margin, or until the API refuses it; then one new token is fetched, however many threads saw the refusal.
 */
public final class OAuth2ClientCredentials implements AccessTokens {

    static final Duration EXPIRY_MARGIN = Duration.ofSeconds(60);

    private final HttpClient http;
    private final ResoWebApiSettings settings;
    private final Clock clock;
    private String token;
    private Instant expiresAt;

    public OAuth2ClientCredentials(HttpClient http, ResoWebApiSettings settings, Clock clock) {
        if (!settings.usesClientCredentials()) {
            throw new IllegalArgumentException("the feed has no client credentials");
        }
        this.http = http;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public synchronized String current() {
        if (token == null || !clock.instant().isBefore(expiresAt)) {
            fetch();
        }
        return token;
    }

    @Override
    public synchronized Optional<String> renewed(String rejected) {
        if (rejected.equals(token)) {
            fetch();
        }
        return Optional.of(token);
    }

    private void fetch() {
        token = null;
        URI url = settings.tokenUrl();
        StringBuilder form = new StringBuilder("grant_type=client_credentials");
        settings.scope().ifPresent(scope -> form.append("&scope=").append(formEncode(scope)));
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(settings.limits().requestTimeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json");
        if (settings.clientAuthentication() == ResoWebApiSettings.ClientAuthentication.HTTP_BASIC) {
            String pair = formEncode(settings.clientId()) + ":" + formEncode(settings.clientSecret());
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        } else {
            form.append("&client_id=").append(formEncode(settings.clientId()))
                    .append("&client_secret=").append(formEncode(settings.clientSecret()));
        }
        HttpResponse<String> response;
        Instant askedAt = clock.instant();
        try {
            response = http.send(request.POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new FeedUnavailableException("the token endpoint did not answer", 0, url, 1, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedUnavailableException("interrupted while fetching a token", 0, url, 1, e);
        }
        if (response.statusCode() != 200) {
            throw new FeedUnavailableException("the token endpoint refused the client credentials",
                    response.statusCode(), url, 1);
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            JsonObject answer = reader.readObject();
            token = answer.getString("access_token");
            long lifetime = answer.getJsonNumber("expires_in") == null ? 3600 : answer.getJsonNumber("expires_in").longValue();
            Duration margin = lifetime > 2 * EXPIRY_MARGIN.toSeconds() ? EXPIRY_MARGIN : Duration.ofSeconds(lifetime / 2);
            expiresAt = askedAt.plusSeconds(lifetime).minus(margin);
        } catch (JsonException | ClassCastException | NullPointerException e) {
            throw new FeedUnavailableException("the token endpoint's answer holds no access_token", 200, url, 1, e);
        }
    }

    private static String formEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "OAuth2ClientCredentials[" + settings.clientId() + " at " + settings.tokenUrl() + "]";
    }
}
