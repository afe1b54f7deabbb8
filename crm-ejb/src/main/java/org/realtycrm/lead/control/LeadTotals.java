package org.realtycrm.lead.control;

import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.realtycrm.lead.entity.LeadQuery;
import org.realtycrm.lead.entity.LeadVisibility;
import org.realtycrm.platform.cache.VersionedCache;

/**
 * Totals of the leads list by filter and visibility, each remembered with the lead change counter it was counted
 * at (the sum of the slots of table {@code lead_changes}, moved by a trigger on every change to leads). A total is
 * only reused while the counter is unchanged, so it is exact; paging through a list or polling it no longer counts
 * every matching lead again. Bounded: the least recently used filters are forgotten first.
 */
@ApplicationScoped
public class LeadTotals {

    private static final int MAX_ENTRIES = 2_000;

    private record Key(LeadQuery filters, LeadVisibility visibility) {
    }

    private final VersionedCache<Key, Long> totals = new VersionedCache<>(MAX_ENTRIES);

    public OptionalLong get(LeadQuery query, LeadVisibility visibility, long changeVersion) {
        return totals.get(new Key(query.filtersOnly(), visibility), changeVersion)
                .map(OptionalLong::of).orElseGet(OptionalLong::empty);
    }

    public void remember(LeadQuery query, LeadVisibility visibility, long changeVersion, long total) {
        totals.put(new Key(query.filtersOnly(), visibility), changeVersion, total);
    }
}
