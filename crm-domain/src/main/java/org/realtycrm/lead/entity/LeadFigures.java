package org.realtycrm.lead.entity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's figures over the leads a caller may see. {@code newTodaySince} is the start of today in the
 * brokerage's zone and {@code asOf} the moment "overdue" was judged, so a screen can open the matching list.
 */
public record LeadFigures(long total, Map<LeadStatus, Long> byStatus, Map<Temperature, Long> byTemperature,
        List<SourceCount> bySource, long newToday, long overdueFollowUps, SpeedToContact speedToContact,
        Instant newTodaySince, Instant asOf) {

    public LeadFigures {
        byStatus = Map.copyOf(byStatus);
        byTemperature = Map.copyOf(byTemperature);
        bySource = List.copyOf(bySource);
    }

    /**
     * The moment figures asked for at {@code now} are counted as of: the start of the minute, so that they can be
     * remembered for that minute, and so that the list a figure opens judges "overdue" at the same moment.
     */
    public static Instant asOf(Instant now) {
        return now.truncatedTo(ChronoUnit.MINUTES);
    }
}
