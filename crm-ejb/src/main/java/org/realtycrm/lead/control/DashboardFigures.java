package org.realtycrm.lead.control;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.realtycrm.lead.entity.LeadFigures;
import org.realtycrm.lead.entity.LeadVisibility;
import org.realtycrm.platform.cache.VersionedCache;

/**
 * Dashboard figures remembered per visibility and minute, each with the lead change counter it was counted at
 * (in a {@link VersionedCache}, as {@link LeadTotals} keeps list totals): reused only while no lead has changed,
 * so a dashboard that is opened again and again costs one counter read, and figures are never stale by a
 * change. Time alone moves "new today" and "overdue" too, hence the minute in the key: they are exact as of the
 * start of that minute.
 */
@ApplicationScoped
public class DashboardFigures {

    private static final int MAX_ENTRIES = 500;

    private record Key(LeadVisibility visibility, Instant minute) {
    }

    private final VersionedCache<Key, LeadFigures> figures = new VersionedCache<>(MAX_ENTRIES);

    public Optional<LeadFigures> get(LeadVisibility visibility, Instant minute, long changeVersion) {
        return figures.get(new Key(visibility, minute), changeVersion);
    }

    public void remember(LeadVisibility visibility, Instant minute, long changeVersion, LeadFigures counted) {
        figures.put(new Key(visibility, minute), changeVersion, counted);
    }
}
