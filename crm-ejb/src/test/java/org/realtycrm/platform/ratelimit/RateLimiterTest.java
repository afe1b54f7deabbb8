package org.realtycrm.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void allowsTheCapacityThenAsksTheCallerToWait() {
        RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(1));

        IntStream.range(0, 3).forEach(i -> assertThat(limiter.tryAcquire("user:ana")).isEmpty());
        OptionalLong wait = limiter.tryAcquire("user:ana");

        assertThat(wait).isPresent();
        // one of three tokens comes back every 20 seconds
        assertThat(wait.getAsLong()).isBetween(1L, 21L);
    }

    @Test
    void keepsEachClientsAllowanceApart() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofMinutes(1));

        assertThat(limiter.tryAcquire("user:ana")).isEmpty();
        assertThat(limiter.tryAcquire("user:ana")).isPresent();
        assertThat(limiter.tryAcquire("user:ben")).isEmpty();
        assertThat(limiter.tryAcquire("address:10.0.0.7")).isEmpty();
    }
}
