package org.realtycrm.platform.ratelimit;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.Supplier;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.realtycrm.platform.cache.LeastRecentlyUsed;

/**
 * Token buckets per key (a user, an address, an email), held in memory by this server instance. The map is
 * bounded: the least recently used keys are forgotten first, which only ever makes a limit more lenient.
 */
public class RateLimiter {

    private static final int MAX_KEYS = 50_000;

    private final Supplier<Bandwidth> limit;
    private final LeastRecentlyUsed<String, Bucket> buckets = new LeastRecentlyUsed<>(MAX_KEYS);

    /** @param capacity requests allowed per {@code window}, refilled gradually */
    public RateLimiter(long capacity, Duration window) {
        this.limit = () -> Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build();
    }

    /** @return empty when allowed, else the seconds to wait before retrying */
    public OptionalLong tryAcquire(String key) {
        Bucket bucket = buckets.computeIfAbsent(key, k -> Bucket.builder().addLimit(limit.get()).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        long seconds = Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1;
        return OptionalLong.of(seconds);
    }
}
