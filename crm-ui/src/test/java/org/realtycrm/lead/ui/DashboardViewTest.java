package org.realtycrm.lead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DashboardViewTest {

    @Test
    void speedsReadAsPreciselyAsACardNeeds() {
        assertThat(DashboardView.readable(Optional.empty())).isEqualTo("–");
        assertThat(DashboardView.readable(Optional.of(Duration.ofSeconds(42)))).isEqualTo("42 s");
        assertThat(DashboardView.readable(Optional.of(Duration.ofMinutes(17).plusSeconds(30)))).isEqualTo("17 min");
        assertThat(DashboardView.readable(Optional.of(Duration.ofMinutes(185)))).isEqualTo("3 h 5 min");
        assertThat(DashboardView.readable(Optional.of(Duration.ofHours(52)))).isEqualTo("2 d 4 h");
    }
}
