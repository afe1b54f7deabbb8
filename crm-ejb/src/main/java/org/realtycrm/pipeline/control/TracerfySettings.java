package org.realtycrm.pipeline.control;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link TracerfySkipTracer} reaches Tracerfy: the base URL (Tracerfy's own unless a proxy or a test server stands
 * in), the API token (sent as a bearer token, and never shown: not by {@link #toString()}, not in any message), the
 * timeout of each request (connecting included) and the largest batch submitted.
 */
public record TracerfySettings(URI baseUrl, String apiKey, Duration timeout, int maxBatchSize) {

    public static final URI DEFAULT_BASE_URL = URI.create("https://tracerfy.com");
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /**
     * Ours, not Tracerfy's (its documentation names no maximum): a thousand owners keep the JSON body to a few hundred
     * kilobytes and a lost batch small, and at its limit of 10 batch submits per 5 minutes still trace 2,000 a minute.
     */
    public static final int DEFAULT_MAX_BATCH_SIZE = 1_000;

    public TracerfySettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(timeout, "timeout");
        if (!baseUrl.isAbsolute() || !("https".equals(baseUrl.getScheme()) || "http".equals(baseUrl.getScheme()))
                || baseUrl.getRawQuery() != null || baseUrl.getRawUserInfo() != null) {
            throw new IllegalArgumentException("baseUrl must be an http(s) URL without query or credentials, such as "
                    + DEFAULT_BASE_URL);
        }
        if (apiKey.isBlank() || !apiKey.equals(apiKey.strip()) || apiKey.chars().anyMatch(c -> c <= ' ' || c == 127)) {
            // the key itself is not repeated: messages end up in logs
            throw new IllegalArgumentException("apiKey must be Tracerfy's token, without spaces or line breaks");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        if (maxBatchSize < 1) {
            throw new IllegalArgumentException("maxBatchSize must be at least 1");
        }
    }

    /** Tracerfy's own service with the default timeout and batch size. */
    public static TracerfySettings withKey(String apiKey) {
        return new TracerfySettings(DEFAULT_BASE_URL, apiKey, DEFAULT_TIMEOUT, DEFAULT_MAX_BATCH_SIZE);
    }

    /** The URL of an API path such as {@code /v1/api/trace/}, under the base URL's own path if it has one. */
    URI resolve(String path) {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }

    @Override
    public String toString() {
        return "TracerfySettings[baseUrl=" + baseUrl + ", apiKey=***, timeout=" + timeout + ", maxBatchSize="
                + maxBatchSize + "]";
    }
}
