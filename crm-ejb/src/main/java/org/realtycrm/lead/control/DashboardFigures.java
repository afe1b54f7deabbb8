package org.realtycrm.lead.control;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.realtycrm.lead.entity.LeadFigures;
import org.realtycrm.lead.entity.LeadVisibility;
import org.realtycrm.platform.cache.LeastRecentlyUsed;

/**
 * Dashboard figures remembered per visibility and minute, each with the lead change counter it was counted at
 * (as {@link LeadTotals} does for list totals): reused only while no lead has changed, so a dashboard that is
 * opened again and again costs one counter read, and figures are never stale by a change. Time alone moves
 * "new today" and "overdue" too, hence the minute in the key: they are exact as of the start of that minute.
 */
@ApplicationScoped
public class DashboardFigures {

    private static final int MAX_ENTRIES = 500;

    private record Key(LeadVisibility visibility, Instant minute) {
    }

    private record Counted(long changeVersion, LeadFigures figures) {
    }

    private final LeastRecentlyUsed<Key, Counted> figures = new LeastRecentlyUsed<>(MAX_ENTRIES);

    public Optional<LeadFigures> get(LeadVisibility visibility, Instant minute, long changeVersion) {
        Counted known = figures.get(new Key(visibility, minute));
        return known != null && known.changeVersion() == changeVersion ? Optional.of(known.figures()) : Optional.empty();
    }

    public void remember(LeadVisibility visibility, Instant minute, long changeVersion, LeadFigures counted) {
        figures.put(new Key(visibility, minute), new Counted(changeVersion, counted));
    }
}
