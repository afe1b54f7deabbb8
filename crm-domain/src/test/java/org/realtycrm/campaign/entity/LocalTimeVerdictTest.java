package org.realtycrm.campaign.entity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.realtycrm.campaign.entity.LocalTimeVerdict.ZoneSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalTimeVerdictTest {

    private static final List<ZoneId> NEW_YORK = List.of(ZoneId.of("America/New_York"));
    private static final Instant EARLY = Instant.parse("2026-06-15T11:59:00Z"); // 07:59 EDT
    private static final Instant EIGHT = Instant.parse("2026-06-15T12:00:00Z");

    private static LocalTimeVerdict verdict(Instant at, Optional<Instant> next) {
        return new LocalTimeVerdict(at, QuietHours.FEDERAL, NEW_YORK, ZoneSource.STATE, next);
    }

    @Test
    void allowed_means_the_next_allowed_moment_is_now() {
        assertThat(verdict(EIGHT, Optional.of(EIGHT)).allowed()).isTrue();
        assertThat(verdict(EIGHT, Optional.of(EIGHT)).reason()).isEqualTo("within 08:00–21:00 in America/New_York");
        assertThat(verdict(EARLY, Optional.of(EIGHT)).allowed()).isFalse();
        assertThat(verdict(EARLY, Optional.of(EIGHT)).reason())
                .isEqualTo("07:59 in America/New_York is outside 08:00–21:00; allowed from 2026-06-15T12:00:00Z");
    }

    @Test
    void a_verdict_cannot_contradict_its_window() {
        assertThatThrownBy(() -> verdict(EARLY, Optional.of(EARLY))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> verdict(EIGHT, Optional.of(EIGHT.plusSeconds(60))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> verdict(EIGHT, Optional.of(EARLY))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> verdict(EARLY, Optional.of(EIGHT.plusSeconds(13 * 3600))))
                .isInstanceOf(IllegalArgumentException.class); // 21:00 EDT
        assertThatThrownBy(() -> new LocalTimeVerdict(EIGHT, QuietHours.FEDERAL, List.of(), ZoneSource.UNKNOWN,
                Optional.of(EIGHT))).isInstanceOf(IllegalArgumentException.class);
    }
}
