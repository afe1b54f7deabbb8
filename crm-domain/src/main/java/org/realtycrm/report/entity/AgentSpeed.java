package org.realtycrm.report.entity;

/**
 * Speed to lead of one agent over a report's range: the leads they were given in the range ({@code assigned}), how
 * many they (or anyone) contacted since, the median and 90th percentile of the minutes from assignment to the first
 * contact ({@code null} with no contacted lead), how many were contacted by their deadline, and how many leads moved
 * on from them for not being contacted in time in the range ({@code missed}).
 */
public record AgentSpeed(long agentId, String agentName, long assigned, long contacted, Double medianMinutes,
        Double p90Minutes, long contactedInTime, long missed) {
}
