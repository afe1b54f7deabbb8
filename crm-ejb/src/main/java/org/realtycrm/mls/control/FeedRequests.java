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
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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

    FeedRequests(HttpClient http, AccessTokens tokens, RequestPacing pacing, Sleeper sleeper, Clock clock,
                 ResoWebApiSettings settings) {
        this.http = http;
        this.tokens = tokens;
        this.pacing = pacing;
        this.sleeper = sleeper;
        this.clock = clock;
        this.settings = settings;
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
                    sleeper.sleep(backoff(attempt));
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
                if (status != 429 && status < 500) {
                    throw new FeedUnavailableException("the provider refused the request", status, url, attempt);
                }
                if (attempt >= settings.maxAttempts()) {
                    throw new FeedUnavailableException("the provider kept failing", status, url, attempt);
                }
                Duration wait = retryAfter(response).orElse(backoff(attempt));
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

    /** {@code initial × 2^(attempt−1)}, at most the configured maximum. */
    Duration backoff(int failedAttempts) {
        Duration wait = settings.initialBackoff().multipliedBy(1L << Math.min(failedAttempts - 1, 30));
        return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
    }

    private Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(String::trim).flatMap(value -> {
            if (value.matches("\\d+")) {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
            }
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(clock.instant(), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
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
