package org.realtycrm.property.control;

import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.realtycrm.platform.cache.VersionedCache;
import org.realtycrm.property.entity.PropertyQuery;
import org.realtycrm.property.entity.PropertyVisibility;

/**
 * Totals of the listing search by filter and visibility, each remembered with the property change counter it was
 * counted at (the sum of the slots of table {@code property_changes}, moved by a trigger on every change to
 * properties, V13). A total is only reused while the counter is unchanged, so it is exact: turning pages, changing
 * the sort or coming back to a search no longer counts thousands of listings again, and the next sync page or edit
 * makes every total count afresh. Bounded: the least recently used filters are forgotten first.
 */
@ApplicationScoped
public class PropertyTotals {

    private static final int MAX_ENTRIES = 2_000;

    private record Key(PropertyQuery filters, PropertyVisibility visibility) {
    }

    private final VersionedCache<Key, Long> totals = new VersionedCache<>(MAX_ENTRIES);

    public OptionalLong get(PropertyQuery query, PropertyVisibility visibility, long changeVersion) {
        return totals.get(new Key(query.filtersOnly(), visibility), changeVersion)
                .map(OptionalLong::of).orElseGet(OptionalLong::empty);
    }

    public void remember(PropertyQuery query, PropertyVisibility visibility, long changeVersion, long total) {
        totals.put(new Key(query.filtersOnly(), visibility), changeVersion, total);
    }
}
