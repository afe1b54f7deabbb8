package org.realtycrm.lead.entity;

import java.time.Duration;
import java.util.Optional;

/**
 * Speed to first contact over the leads created in the last {@code windowDays} days: the time from a lead's
 * creation to its first status change out of NEW (to CONTACTED, NURTURE or LOST, by anyone; kept by the lead as
 * {@code firstContactedAt}), as median and 90th
 * percentile over the {@code contacted} leads; {@code awaiting} leads are still NEW. Leads that arrived in
 * another status (an import of contacted people) never were NEW and are left out.
 */
public record SpeedToContact(Optional<Duration> median, Optional<Duration> p90, long contacted, long awaiting,
        int windowDays) {
}
