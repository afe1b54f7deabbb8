package org.realtycrm.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RelativeTimeTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    private static String ago(Duration age) {
        return RelativeTime.since(NOW.minus(age), NOW);
    }

    @Test
    void namesTheCoarsestUnitThatFits() {
        assertThat(ago(Duration.ofSeconds(59))).isEqualTo("just now");
        assertThat(ago(Duration.ofMinutes(5))).isEqualTo("5 min ago");
        assertThat(ago(Duration.ofMinutes(61))).isEqualTo("1 h ago");
        assertThat(ago(Duration.ofHours(49))).isEqualTo("2 d ago");
    }

    @Test
    void olderThanAWeekShowsTheDateAndTheFutureIsNow() {
        assertThat(ago(Duration.ofDays(8))).isEqualTo("2026-11-13");
        assertThat(RelativeTime.since(NOW.plusSeconds(20), NOW)).isEqualTo("just now");
        assertThat(RelativeTime.since(null, NOW)).isEmpty();
    }
}
