package org.realtycrm.mls.control;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.realtycrm.mls.entity.Roster;

/**
 * One page of changed Member or Office records: the roster's {@link ListingPage}, with the same rules for its
 * cursor, next link and whether more may follow.
 *
 * @param records in (ModificationTimestamp, key) order
 * @param cursor  after the last record of this page (RETS: the query's start until its last page): store it once
 *                the page is applied
 */
public record RosterPage(Roster roster, List<RosterRecord> records, ReplicationCursor cursor, Optional<URI> nextLink,
                         boolean hasMore) {

    public RosterPage {
        Objects.requireNonNull(roster, "roster");
        records = List.copyOf(records);
    }
}
