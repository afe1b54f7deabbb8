package org.realtycrm.report.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.platform.problem.InvalidInput.rejectedField;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class SourceCostTest {

    @Test
    void keepsTheSourceTrimmedTheMonthAndWholeCents() {
        SourceCost cost = new SourceCost("  Zillow ", SourceCost.month("2026-01"), 125_000, "  Premier Agent ");

        assertThat(cost.getSource()).isEqualTo("Zillow");
        assertThat(cost.getMonth()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(cost.getNote()).isEqualTo("Premier Agent");
        assertThat(cost.auditState()).containsEntry("amountCents", 125_000L).containsEntry("month", YearMonth.of(2026, 1));

        cost.change(0, " ");
        assertThat(cost.getAmountCents()).isZero();
        assertThat(cost.getNote()).isNull();
    }

    @Test
    void refusesANegativeAmountAMissingSourceOrWhatIsNoMonth() {
        assertThat(rejectedField(() -> new SourceCost("Zillow", YearMonth.of(2026, 1), -1, null)).field())
                .isEqualTo("amountCents");
        assertThat(rejectedField(() -> new SourceCost(" ", YearMonth.of(2026, 1), 1, null)).field()).isEqualTo("source");
        assertThat(rejectedField(() -> new SourceCost("x".repeat(65), YearMonth.of(2026, 1), 1, null)).field())
                .isEqualTo("source");
        assertThat(rejectedField(() -> SourceCost.month("2026-13")).field()).isEqualTo("month");
        assertThat(rejectedField(() -> SourceCost.month("January")).field()).isEqualTo("month");
        assertThat(rejectedField(() -> new SourceCost("Zillow", YearMonth.of(2026, 1), 1, "n".repeat(301))).field())
                .isEqualTo("note");
    }
}
