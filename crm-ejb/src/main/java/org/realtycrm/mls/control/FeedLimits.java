package org.realtycrm.mls.control;

import java.time.Clock;
import java.time.Duration;

/**
 * The limits one feed keeps towards its provider, whatever the protocol: requests per second and per hour (its
 * {@link RequestPacing}), attempts, back-off and the longest {@code Retry-After} waited for (its
 * {@link RetryPolicy}), and the connect and request timeouts. Held by {@link ResoWebApiSettings} and
 * {@link RetsSettings}, whose builders extend {@link Builder}; the defaults are 2/s, 7200/h, 5 attempts, back-off from
 * 1 s to 1 min, a {@code Retry-After} of at most 5 min, a 10 s connect timeout and the request timeout the adapter
 * names. The rates and the attempts must be at least 1.
 */
public final class FeedLimits {

    private final long requestsPerSecond;
    private final long requestsPerHour;
    private final RetryPolicy retry;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final RequestPacing sharedPacing;

    private FeedLimits(Builder<?> b) {
        requestsPerSecond = positive(b.requestsPerSecond, "requestsPerSecond");
        requestsPerHour = positive(b.requestsPerHour, "requestsPerHour");
        retry = new RetryPolicy((int) positive(b.maxAttempts, "maxAttempts"), b.initialBackoff, b.maxBackoff, b.maxRetryAfter);
        connectTimeout = b.connectTimeout;
        requestTimeout = b.requestTimeout;
        sharedPacing = b.sharedPacing;
    }

    /** {@code value}, or an {@link IllegalArgumentException} naming {@code name} when it is below 1. */
    static long positive(long value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1");
        }
        return value;
    }

    public long requestsPerSecond() { return requestsPerSecond; }
    public long requestsPerHour() { return requestsPerHour; }
    public int maxAttempts() { return retry.maxAttempts(); }
    public Duration initialBackoff() { return retry.initialBackoff(); }
    public Duration maxBackoff() { return retry.maxBackoff(); }
    public Duration maxRetryAfter() { return retry.maxRetryAfter(); }
    public Duration connectTimeout() { return connectTimeout; }
    public Duration requestTimeout() { return requestTimeout; }
    RetryPolicy retry() { return retry; }

    /**
     * The feed's allowance of these rates (providers count per credential): the one the settings were given to share
     * between the feed's syncs, else a new one.
     */
    RequestPacing pacing(Clock clock, Sleeper sleeper) {
        return sharedPacing != null ? sharedPacing : new RequestPacing(requestsPerSecond, requestsPerHour, clock, sleeper);
    }

    /** As the settings show them: {@code 2/s, 7200/h, 5 attempts}. */
    @Override
    public String toString() {
        return requestsPerSecond + "/s, " + requestsPerHour + "/h, " + retry.maxAttempts() + " attempts";
    }

    /**
     * The limit methods of a settings builder; {@code B} is that builder, returned by each method so that the
     * calls chain.
     */
    public abstract static class Builder<B extends Builder<B>> {
        private long requestsPerSecond = 2;
        private long requestsPerHour = 7200;
        private int maxAttempts = 5;
        private Duration initialBackoff = Duration.ofSeconds(1);
        private Duration maxBackoff = Duration.ofMinutes(1);
        private Duration maxRetryAfter = Duration.ofMinutes(5);
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout;
        private RequestPacing sharedPacing;

        /** @param requestTimeout the adapter's default request timeout */
        Builder(Duration requestTimeout) {
            this.requestTimeout = requestTimeout;
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }

        public B requestsPerSecond(long limit) { this.requestsPerSecond = limit; return self(); }
        public B requestsPerHour(long limit) { this.requestsPerHour = limit; return self(); }
        /** Attempts per request against 5xx, 429 and timeouts, the first included. */
        public B maxAttempts(int attempts) { this.maxAttempts = attempts; return self(); }
        /** Back-off after the first failure, doubled after each further one up to {@code max}. */
        public B backoff(Duration initial, Duration max) { this.initialBackoff = initial; this.maxBackoff = max; return self(); }
        /** A {@code Retry-After} longer than this fails the request instead of holding a thread. */
        public B maxRetryAfter(Duration max) { this.maxRetryAfter = max; return self(); }
        public B timeouts(Duration connect, Duration request) { this.connectTimeout = connect; this.requestTimeout = request; return self(); }
        /**
         * The allowance to draw from, kept by the caller across connections: an hour's requests are the feed's, not
         * each sync's. Its rates are the caller's to match with these.
         */
        public B sharedPacing(RequestPacing pacing) { this.sharedPacing = pacing; return self(); }

        /** The limits set so far, checked. */
        FeedLimits limits() {
            return new FeedLimits(this);
        }
    }
}
