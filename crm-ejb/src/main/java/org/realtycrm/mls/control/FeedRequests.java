package org.realtycrm.mls.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * GET requests to one provider within its limits, by {@link PacedRetries}: each attempt waits for the feed's
 * {@link RequestPacing}; a 429 or 5xx waits for {@code Retry-After} (seconds or an HTTP date) or else backs off
 * exponentially, as does a timeout or a broken connection, up to the configured attempts; a 401 renews the token and
 * retries once. Bodies are asked for and read gzip-compressed.
 */
final class FeedRequests {

    private final HttpClient http;
    private final AccessTokens tokens;
    private final ResoWebApiSettings settings;
    private final PacedRetries retries;

    FeedRequests(HttpClient http, AccessTokens tokens, RequestPacing pacing, Sleeper sleeper, Clock clock,
                 ResoWebApiSettings settings) {
        this.http = http;
        this.tokens = tokens;
        this.settings = settings;
        this.retries = new PacedRetries("the provider", pacing, settings.limits().retry(), clock, sleeper);
    }

    JsonObject getJson(URI url) {
        return retries.get(url, new PacedRetries.Call<>() {
            private String token = tokens.current();
            private boolean tokenRenewed;

            @Override
            HttpResponse<byte[]> send() throws IOException, InterruptedException {
                return http.send(request(url, token), HttpResponse.BodyHandlers.ofByteArray());
            }

            @Override
            JsonObject ok(HttpResponse<byte[]> response, int attempt) {
                return read(response, url, attempt);
            }

            @Override
            boolean unauthorized(HttpResponse<byte[]> response, int attempt) {
                if (tokenRenewed) {
                    return false;
                }
                tokenRenewed = true;
                Optional<String> renewed = tokens.renewed(token);
                renewed.ifPresent(newToken -> token = newToken);
                return renewed.isPresent();
            }
        });
    }

    private HttpRequest request(URI url, String token) {
        return HttpRequest.newBuilder(url)
                .timeout(settings.limits().requestTimeout())
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
