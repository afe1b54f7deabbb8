package org.realtycrm.lead.entity;

import java.math.BigDecimal;

/**
 * What is known of a lead's situation when it is scored: whether they responded, and what their list row said of
 * the property and its owner. A {@code null} figure or flag is unknown, and an unknown signal scores nothing.
 */
public record LeadSignals(boolean responded, BigDecimal equityPercent, BigDecimal estimatedValue, Integer yearsOwned,
        Boolean vacant, Boolean taxDelinquent, Boolean preForeclosure, boolean absentee, boolean outOfState,
        boolean corporate) {

    /** Nothing known: scores zero. */
    public static final LeadSignals NONE = new LeadSignals(false, null, null, null, null, null, null, false, false,
            false);
}
