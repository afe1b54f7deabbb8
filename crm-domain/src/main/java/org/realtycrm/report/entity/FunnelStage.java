package org.realtycrm.report.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.realtycrm.lead.entity.LeadStatus;

/**
 * One stage of the main road a lead travels (NEW → CONTACTED → QUALIFIED → UNDER_CONTRACT → CLOSED): how many of the
 * range's new leads reached it, what share of those that reached the stage before it did ({@code fromPrevious}),
 * and what share of all the range's leads ({@code fromFirst}); percentages with one decimal, {@code null} where the
 * stage before it had no lead.
 */
public record FunnelStage(LeadStatus stage, long reached, BigDecimal fromPrevious, BigDecimal fromFirst) {

    /** The main road, in order. */
    public static final List<LeadStatus> ROAD = List.of(LeadStatus.NEW, LeadStatus.CONTACTED, LeadStatus.QUALIFIED,
            LeadStatus.UNDER_CONTRACT, LeadStatus.CLOSED);

    /** @param reached how many leads reached each stage of {@link #ROAD}, in its order */
    public static List<FunnelStage> of(long... reached) {
        if (reached.length != ROAD.size()) {
            throw new IllegalArgumentException("one count per stage of " + ROAD);
        }
        List<FunnelStage> stages = new ArrayList<>();
        for (int i = 0; i < reached.length; i++) {
            stages.add(new FunnelStage(ROAD.get(i), reached[i], i == 0 ? null : percent(reached[i], reached[i - 1]),
                    percent(reached[i], reached[0])));
        }
        return List.copyOf(stages);
    }

    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
