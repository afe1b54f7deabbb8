package org.realtycrm.pipeline.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * One HTTP exchange with a skip-trace vendor, read as JSON or turned into a {@link SkipTraceException} an admin can act
 * on: which vendor, what we were doing, the status, the vendor's own explanation where it gave one in JSON — with the
 * API key masked wherever a vendor echoes it. Exactly one attempt: whether and when to ask again is the caller's call,
 * helped by {@code Retry-After} (seconds or an HTTP date) on the exception.
 */
final class SkipTraceCalls {

    private static final int MAX_DETAIL = 300;
    private static final List<String> DETAIL_FIELDS = List.of("detail", "message", "error", "errors");

    private final HttpClient http;
    private final String vendor;
    private final Duration timeout;
    private final Clock clock;
    private final String secret;

    /**
     * @param timeout the request timeout the requests carry, named when it runs out
     * @param secret  the vendor credential, masked in every message
     */
    SkipTraceCalls(HttpClient http, String vendor, Duration timeout, Clock clock, String secret) {
        this.http = http;
        this.vendor = vendor;
        this.timeout = timeout;
        this.clock = clock;
        this.secret = secret;
    }

    /**
     * The answer's JSON.
     *
     * @param action what the request does, for messages: "submitting a batch of 12 owners"
     */
    JsonValue json(HttpRequest request, String action) {
        HttpResponse<byte[]> response = send(request, action);
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(response.body()))) {
            return reader.readValue();
        } catch (JsonException e) {
            // a proxy's or maintenance page answered in the vendor's place: that passes
            throw SkipTraceException.retryable(vendor + " answered " + action + " with something other than JSON (HTTP "
                    + response.statusCode() + ")", response.statusCode(), null, e);
        }
    }

    private HttpResponse<byte[]> send(HttpRequest request, String action) {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw SkipTraceException.retryable(vendor + " did not answer " + action + " within " + timeout.toMillis()
                    + " ms", 0, null, e);
        } catch (IOException e) {
            throw SkipTraceException.retryable(vendor + " could not be reached while " + action + " ("
                    + e.getClass().getSimpleName() + ")", 0, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SkipTraceException.retryable("interrupted while waiting for " + vendor + " (" + action + ")", 0, null, e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response;
        }
        throw refusal(response, action);
    }

    private SkipTraceException refusal(HttpResponse<byte[]> response, String action) {
        int status = response.statusCode();
        String detail = detail(response.body());
        if (status == 429) {
            return SkipTraceException.retryable(vendor + " is limiting our requests (HTTP 429) while " + action
                    + detail, status, retryAfter(response), null);
        }
        if (status >= 500 || status == 408) {
            return SkipTraceException.retryable(vendor + " failed while " + action + " (HTTP " + status + ")" + detail,
                    status, retryAfter(response), null);
        }
        String message = switch (status) {
            case 401 -> vendor + " refused the API key while " + action
                    + " (HTTP 401): check the key in the skip-trace settings";
            case 403 -> vendor + " refused access while " + action
                    + " (HTTP 403): the account may lack API access, be out of credits or be on hold";
            case 400 -> vendor + " called the request invalid while " + action + " (HTTP 400)";
            case 404 -> vendor + " knows no such resource while " + action + " (HTTP 404)";
            default -> vendor + " refused " + action + " (HTTP " + status + ")";
        };
        return SkipTraceException.notRetryable(message + detail, status, null);
    }

    /** ": the vendor's explanation", from the JSON fields vendors put it in; empty when there is none. */
    private String detail(byte[] body) {
        JsonValue value;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            return "";
        }
        if (!(value instanceof JsonObject object)) {
            return "";
        }
        for (String field : DETAIL_FIELDS) {
            JsonValue found = object.get(field);
            if (found != null && found.getValueType() != JsonValue.ValueType.NULL) {
                String text = found instanceof JsonString string ? string.getString() : found.toString();
                return ": " + masked(text);
            }
        }
        return "";
    }

    private String masked(String text) {
        String plain = text.replaceAll("\\p{Cntrl}", " ").strip();
        if (secret != null && !secret.isEmpty()) {
            plain = plain.replace(secret, "***");
        }
        return plain.length() > MAX_DETAIL ? plain.substring(0, MAX_DETAIL) + "…" : plain;
    }

    private Duration retryAfter(HttpResponse<?> response) {
        String value = response.headers().firstValue("Retry-After").map(String::strip).orElse(null);
        if (value == null) {
            return null;
        }
        if (value.matches("[0-9]{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(clock.instant(), at);
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
