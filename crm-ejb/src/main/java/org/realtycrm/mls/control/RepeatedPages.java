package org.realtycrm.mls.control;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Ends a sync whose feed sends the same page again and again: a page that holds only records of the page before
 * it moves replication nowhere, and the next request would ask for it once more. A provider that ignores the
 * cursor's filter or sends a nextLink back to the same page would otherwise keep a sync (and its lease) busy for
 * ever. A few repeats are let through: a record modified while the feed is read may fill a small page twice.
 */
final class RepeatedPages {

    static final int LIMIT = 3;

    private final String resource;
    private Set<String> previous = Set.of();
    private int repeats;

    RepeatedPages(String resource) {
        this.resource = resource;
    }

    /**
     * @param records each record of the page as its key and ModificationTimestamp (the version it stands for)
     * @throws IllegalStateException when this is the {@link #LIMIT}th page in a row that brought no new record
     */
    void check(List<String> records) {
        if (records.isEmpty()) {
            return;
        }
        if (previous.containsAll(records)) {
            repeats++;
            if (repeats >= LIMIT) {
                throw new IllegalStateException("the feed sent the same " + resource + " records " + (repeats + 1)
                        + " times in a row (the last: " + records.get(records.size() - 1) + "); its paging or its "
                        + "ModificationTimestamp filter does not move past them");
            }
        } else {
            repeats = 0;
        }
        previous = Set.copyOf(records);
    }

    static String identity(String key, Instant modificationTimestamp) {
        return key + " of " + modificationTimestamp;
    }
}
