package org.realtycrm.report.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class CostProrationTest {

    private static SourceCost cost(String source, String month, long cents) {
        return new SourceCost(source, YearMonth.parse(month), cents, null);
    }

    @Test
    void aMonthWhollyInsideCountsInFullAndAPartOfAMonthByItsDays() {
        List<SourceCost> costs = List.of(cost("Zillow", "2026-01", 310_000), cost("Zillow", "2026-02", 280_000),
                cost("Zillow", "2026-03", 100_000), cost("Realtor.com", "2026-02", 100_000));

        // January 10 to 20: 11 of 31 days of 3,100.00 = 1,100.00
        assertThat(CostProration.over(ReportRange.parse("2026-01-10", "2026-01-20"), costs))
                .containsExactlyEntriesOf(java.util.Map.of("Zillow", 110_000L));
        // January 22 to February 14: 10/31 of 3,100.00 + 14/28 of 2,800.00 = 1,000.00 + 1,400.00; Realtor.com 14/28
        assertThat(CostProration.over(ReportRange.parse("2026-01-22", "2026-02-14"), costs))
                .containsEntry("Zillow", 240_000L).containsEntry("Realtor.com", 50_000L).hasSize(2);
        // the whole quarter: every month in full
        assertThat(CostProration.over(ReportRange.parse("2026-01-01", "2026-03-31"), costs))
                .containsEntry("Zillow", 690_000L).containsEntry("Realtor.com", 100_000L);
        assertThat(CostProration.over(ReportRange.parse("2026-04-01", "2026-04-30"), costs)).isEmpty();
    }

    @Test
    void sumsTheExactSharesAndRoundsOnceToTheCent() {
        // 1 day of March's 1.00 is 3.2258… cents; two sources' shares round each on their own
        List<SourceCost> costs = List.of(cost("A", "2026-03", 100), cost("A", "2026-04", 100));
        // March 31 and April 1: 100/31 + 100/30 = 3.2258 + 3.3333 = 6.559 → 7 cents (rounded once, not 3 + 3)
        assertThat(CostProration.over(ReportRange.parse("2026-03-31", "2026-04-01"), costs)).containsEntry("A", 7L);
        assertThat(CostProration.daysInside(ReportRange.parse("2026-03-31", "2026-04-01"), YearMonth.of(2026, 3)))
                .isEqualTo(1);
        assertThat(CostProration.daysInside(ReportRange.parse("2024-02-01", "2024-12-31"), YearMonth.of(2024, 2)))
                .as("a leap February").isEqualTo(29);
    }
}
