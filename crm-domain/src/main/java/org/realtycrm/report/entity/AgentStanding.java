package org.realtycrm.report.entity;

import java.math.BigDecimal;
import java.util.Comparator;

/**
 * One agent's line on the leaderboard over a report's range: leads given them, those contacted, appointments they
 * made with leads, leads of theirs closed in the range and those leads' price ({@code volume}).
 */
public record AgentStanding(long agentId, String agentName, long assigned, long contacted, long appointments,
        long closed, BigDecimal volume) {

    /** Most closings first, then most volume, then by name. */
    public static final Comparator<AgentStanding> RANKING = Comparator.comparingLong(AgentStanding::closed).reversed()
            .thenComparing(AgentStanding::volume, Comparator.reverseOrder())
            .thenComparing(AgentStanding::agentName, String.CASE_INSENSITIVE_ORDER)
            .thenComparingLong(AgentStanding::agentId);
}
