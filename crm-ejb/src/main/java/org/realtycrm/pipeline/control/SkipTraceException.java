package org.realtycrm.pipeline.control;

import java.time.Duration;
import java.util.Optional;

/**
 * A skip-trace vendor could not be asked or refused. The message is written for an admin (the vendor, what was being
 * done, the HTTP status and what to check) and never holds the API key. {@link #retryable()} is true for what passes
 * on its own — a 429, a 5xx, a timeout, a broken connection, an answer that could not be read — with the vendor's
 * {@code Retry-After} when it sent one; false for what needs someone to act: a refused key (401), refused access (403),
 * a request the vendor calls invalid (400) and any other 4xx.
 */
public class SkipTraceException extends RuntimeException {

    private final boolean retryable;
    private final Duration retryAfter;
    private final int status;

    private SkipTraceException(String message, boolean retryable, Duration retryAfter, int status, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
        this.retryAfter = retryAfter;
        this.status = status;
    }

    /**
     * @param retryAfter how long the vendor asked us to wait, or null when it did not say
     * @param status     the HTTP status, 0 when there was none (a timeout, a broken connection)
     */
    public static SkipTraceException retryable(String message, int status, Duration retryAfter, Throwable cause) {
        return new SkipTraceException(message, true, retryAfter, status, cause);
    }

    public static SkipTraceException notRetryable(String message, int status, Throwable cause) {
        return new SkipTraceException(message, false, null, status, cause);
    }

    /** Whether asking again later may succeed without anyone changing anything. */
    public boolean retryable() {
        return retryable;
    }

    /** The wait the vendor asked for ({@code Retry-After}), when it asked. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The HTTP status of the vendor's answer; 0 when there was no answer. */
    public int status() {
        return status;
    }
}
