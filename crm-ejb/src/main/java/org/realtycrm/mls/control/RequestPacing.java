package org.realtycrm.mls.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * One feed's request allowance: so many requests a second and so many an hour (token buckets, refilled
 * gradually), measured on {@code clock}. {@link #acquire()} waits through the {@link Sleeper} until both allow
 * one more request. Each feed has its own pacing: providers count per credential.
 */
public final class RequestPacing {

    private final Bucket bucket;
    private final Sleeper sleeper;

    public RequestPacing(long perSecond, long perHour, Clock clock, Sleeper sleeper) {
        this.bucket = Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perSecond).refillGreedy(perSecond, Duration.ofSeconds(1)).build())
                .addLimit(Bandwidth.builder().capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)).build())
                .withCustomTimePrecision(new ClockTime(clock))
                .build();
        this.sleeper = sleeper;
    }

    private static final long LEAST_WAIT_NANOS = 1_000_000;

    /** Takes one request from the allowance, waiting as long as it takes to refill. */
    public void acquire() throws InterruptedException {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        while (!probe.isConsumed()) {
            // Bucket4j rounds the refill down: after waiting the time it named, a rate such as 3/s can still be a
            // fraction short and name a wait of 0. A least wait keeps that from spinning.
            sleeper.sleep(Duration.ofNanos(Math.max(probe.getNanosToWaitForRefill(), LEAST_WAIT_NANOS)));
            probe = bucket.tryConsumeAndReturnRemaining(1);
        }
    }

    private record ClockTime(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
