package org.realtycrm.mls.control;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestPacingTest {

    private final FakeTime time = new FakeTime();

    @Test
    void a_rate_that_does_not_divide_a_second_evenly_still_paces_and_never_spins() throws InterruptedException {
        RequestPacing pacing = new RequestPacing(3, 7200, time, time);

        for (int i = 0; i < 9; i++) {
            pacing.acquire();
        }

        // three at once, then six more at three a second: two seconds, give or take Bucket4j's rounding
        assertThat(time.slept()).isBetween(Duration.ofMillis(1990), Duration.ofMillis(2020));
        assertThat(time.sleeps()).hasSizeLessThan(20);
    }

    @Test
    void both_limits_hold_the_stricter_one_decides() throws InterruptedException {
        RequestPacing pacing = new RequestPacing(2, 4, time, time);

        for (int i = 0; i < 4; i++) {
            pacing.acquire();
        }
        Duration withinTheSecondLimit = time.slept();
        pacing.acquire();

        assertThat(withinTheSecondLimit).isEqualTo(Duration.ofSeconds(1));
        // the hour's four are spent: the fifth waits for a quarter of an hour's refill, less what has passed
        assertThat(time.slept()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void time_that_passes_between_requests_refills_the_allowance() throws InterruptedException {
        RequestPacing pacing = new RequestPacing(2, 7200, time, time);
        pacing.acquire();
        pacing.acquire();

        time.advance(Duration.ofSeconds(1));
        pacing.acquire();
        pacing.acquire();

        assertThat(time.sleeps()).isEmpty();
    }
}
