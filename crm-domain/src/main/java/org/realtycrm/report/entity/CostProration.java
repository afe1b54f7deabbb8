package org.realtycrm.report.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * A source's cost over a report's range: each month's cost counts in proportion to the days of that month inside
 * the range. A month wholly inside counts in full; January's 3,100.00 over a range of January 10 to 20 counts
 * 11/31 of it, 1,100.00. Each source's share is summed exactly and rounded once, half up, to the cent.
 */
public final class CostProration {

    private CostProration() {
    }

    /** @return per source, its cost in cents over the range (sources with no cost in the range left out) */
    public static Map<String, Long> over(ReportRange range, Collection<SourceCost> costs) {
        Map<String, BigDecimal> exact = new TreeMap<>();
        for (SourceCost cost : costs) {
            long inside = daysInside(range, cost.getMonth());
            if (inside > 0) {
                BigDecimal share = BigDecimal.valueOf(cost.getAmountCents()).multiply(BigDecimal.valueOf(inside))
                        .divide(BigDecimal.valueOf(cost.getMonth().lengthOfMonth()), 10, RoundingMode.HALF_UP);
                exact.merge(cost.getSource(), share, BigDecimal::add);
            }
        }
        Map<String, Long> cents = new TreeMap<>();
        exact.forEach((source, amount) -> cents.put(source, amount.setScale(0, RoundingMode.HALF_UP).longValueExact()));
        return cents;
    }

    /** How many of the month's days the range covers. */
    public static long daysInside(ReportRange range, YearMonth month) {
        LocalDate first = max(month.atDay(1), range.from());
        LocalDate last = min(month.atEndOfMonth(), range.to());
        return last.isBefore(first) ? 0 : ChronoUnit.DAYS.between(first, last) + 1;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
