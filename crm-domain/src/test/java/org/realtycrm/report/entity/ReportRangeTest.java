package org.realtycrm.report.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.platform.problem.InvalidInput.rejectedField;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class ReportRangeTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void coversWholeDaysInTheBrokeragesZoneBothEndsIncluded() {
        ReportRange january = ReportRange.parse("2026-01-01", "2026-01-31");

        assertThat(january.start(NEW_YORK)).isEqualTo(Instant.parse("2026-01-01T05:00:00Z"));
        assertThat(january.end(NEW_YORK)).as("the start of February 1st").isEqualTo(Instant.parse("2026-02-01T05:00:00Z"));
        assertThat(january.days()).isEqualTo(31);
        assertThat(ReportRange.parse("2026-03-08", "2026-03-08").days()).as("one day").isEqualTo(1);
        assertThat(january.label()).isEqualTo("2026-01-01_2026-01-31");
    }

    @Test
    void refusesAnEndBeforeItsStartMoreThanThreeYearsOrWhatIsNoDate() {
        assertThat(rejectedField(() -> ReportRange.parse("2026-02-01", "2026-01-31")).field()).isEqualTo("to");
        assertThat(rejectedField(() -> ReportRange.parse("2020-01-01", "2023-01-02")).field()).isEqualTo("to");
        assertThat(new ReportRange(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 1, 1)).days()).as("three years")
                .isEqualTo(1097);
        assertThat(rejectedField(() -> ReportRange.parse("01/02/2026", "2026-01-31")).field()).isEqualTo("from");
        assertThat(rejectedField(() -> ReportRange.parse("2026-01-01", " ")).field()).isEqualTo("to");
        assertThat(rejectedField(() -> ReportRange.parse(null, "2026-01-31")).field()).isEqualTo("from");
    }
}
