package org.realtycrm.mls.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * GET requests to one provider within its limits: each attempt waits for the feed's {@link RequestPacing}; a 429
 * or 5xx waits for {@code Retry-After} (seconds or an HTTP date) or else backs off exponentially, as does a timeout
 * or a broken connection, up to the configured attempts; a 401 renews the token and retries once. Bodies are asked
 * for and read gzip-compressed.
 * <p>
 * The retries are explicit code rather than MicroProfile Fault Tolerance: its annotations work only on CDI beans
 * inside the container, and this is a plain object created per feed, whose behaviour the tests check.
 */
final class FeedRequests {

    private final HttpClient http;
    private final AccessTokens tokens;
    private final RequestPacing pacing;
    private final Sleeper sleeper;
    private final Clock clock;
    private final ResoWebApiSettings settings;
    private final RetryPolicy retry;

    FeedRequests(HttpClient http, AccessTokens tokens, RequestPacing pacing, Sleeper sleeper, Clock clock,
                 ResoWebApiSettings settings) {
        this.http = http;
        this.tokens = tokens;
        this.pacing = pacing;
        this.sleeper = sleeper;
        this.clock = clock;
        this.settings = settings;
        this.retry = new RetryPolicy(settings.maxAttempts(), settings.initialBackoff(), settings.maxBackoff(),
                settings.maxRetryAfter());
    }

    JsonObject getJson(URI url) {
        String token = tokens.current();
        boolean tokenRenewed = false;
        int attempt = 0;
        try {
            while (true) {
                attempt++;
                pacing.acquire();
                HttpResponse<byte[]> response;
                try {
                    response = http.send(request(url, token), HttpResponse.BodyHandlers.ofByteArray());
                } catch (IOException e) {
                    if (attempt >= settings.maxAttempts()) {
                        throw new FeedUnavailableException("the provider did not answer (" + e + ")", 0, url, attempt, e);
                    }
                    sleeper.sleep(retry.backoff(attempt));
                    continue;
                }
                int status = response.statusCode();
                if (status == 200) {
                    return read(response, url, attempt);
                }
                if (status == 401 && !tokenRenewed) {
                    tokenRenewed = true;
                    Optional<String> renewed = tokens.renewed(token);
                    if (renewed.isPresent()) {
                        token = renewed.get();
                        attempt--;
                        continue;
                    }
                }
                if (!RetryPolicy.retryable(status)) {
                    throw new FeedUnavailableException("the provider refused the request", status, url, attempt);
                }
                if (attempt >= settings.maxAttempts()) {
                    throw new FeedUnavailableException("the provider kept failing", status, url, attempt);
                }
                Duration wait = retry.waitAfter(response, attempt, clock);
                if (wait.compareTo(settings.maxRetryAfter()) > 0) {
                    throw new FeedUnavailableException("the provider asks to wait " + wait.toSeconds()
                            + " s, longer than this feed waits", status, url, attempt);
                }
                sleeper.sleep(wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedUnavailableException("interrupted", 0, url, attempt, e);
        }
    }

    private HttpRequest request(URI url, String token) {
        return HttpRequest.newBuilder(url)
                .timeout(settings.requestTimeout())
                .header("Accept", "application/json")
                .header("Accept-Encoding", "gzip")
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
    }

    private static JsonObject read(HttpResponse<byte[]> response, URI url, int attempt) {
        boolean gzip = response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent();
        try (InputStream body = gzip ? new GZIPInputStream(new ByteArrayInputStream(response.body()))
                : new ByteArrayInputStream(response.body());
             JsonReader reader = Json.createReader(body)) {
            return reader.readObject();
        } catch (IOException | JsonException e) {
            throw new FeedUnavailableException("the answer is not a JSON object (" + e.getMessage() + ")",
                    response.statusCode(), url, attempt, e);
        }
    }
}
