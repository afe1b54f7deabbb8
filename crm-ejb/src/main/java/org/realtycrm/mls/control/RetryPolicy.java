package org.realtycrm.mls.control;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How one feed retries a request that met a {@code 429}, a {@code 5xx}, a timeout or a broken connection: up to
 * {@code maxAttempts} (the first included), waiting for {@code Retry-After} (seconds or an HTTP date) or else
 * {@code initialBackoff × 2^(n−1)} capped at {@code maxBackoff}; a {@code Retry-After} beyond {@code maxRetryAfter}
 * fails at once. Shared by the RESO and RETS adapters.
 */
record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

    /** Whether a status is worth another attempt: 429 and every 5xx. */
    static boolean retryable(int status) {
        return status == 429 || status >= 500;
    }

    /** {@code initial × 2^(attempt−1)}, at most the configured maximum. */
    Duration backoff(int failedAttempts) {
        Duration wait = initialBackoff.multipliedBy(1L << Math.min(failedAttempts - 1, 30));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    /** The wait before the next attempt after {@code response}: its {@code Retry-After}, else the back-off. */
    Duration waitAfter(HttpResponse<?> response, int failedAttempts, Clock clock) {
        return retryAfter(response, clock).orElse(backoff(failedAttempts));
    }

    static Optional<Duration> retryAfter(HttpResponse<?> response, Clock clock) {
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
}
