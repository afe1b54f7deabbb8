package org.realtycrm.report.entity;

import java.math.BigDecimal;

/**
 * One lead source over a report's range: of the leads it brought in the range, how many were contacted, their
 * appointments, how many closed and the closed leads' price ({@code volume}); what the source cost over the range
 * (its monthly costs prorated, {@link CostProration}) and the cost per lead and per closing, in cents, rounded half
 * up ({@code null} where there is nothing to divide by).
 */
public record SourceRoi(String source, long leads, long contacted, long appointments, long closed, BigDecimal volume,
        long costCents, Long costPerLeadCents, Long costPerClosingCents) {

    public static SourceRoi of(String source, long leads, long contacted, long appointments, long closed,
            BigDecimal volume, long costCents) {
        return new SourceRoi(source, leads, contacted, appointments, closed, volume, costCents,
                per(costCents, leads), per(costCents, closed));
    }

    /** Cents per one, rounded half up; {@code null} for none. */
    static Long per(long cents, long count) {
        if (count == 0) {
            return null;
        }
        return (cents * 2 + count) / (count * 2);
    }
}
