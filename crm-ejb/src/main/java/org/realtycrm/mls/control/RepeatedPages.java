package org.realtycrm.mls.control;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

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
     * @param records the page's records, each known by its key and ModificationTimestamp (the version it stands for)
     * @throws NoProgressException when this is the {@link #LIMIT}th page in a row that brought no new record
     */
    <R> void check(List<R> records, Function<R, String> key, Function<R, Instant> modificationTimestamp) {
        if (records.isEmpty()) {
            return;
        }
        List<String> versions = records.stream()
                .map(r -> key.apply(r) + " of " + modificationTimestamp.apply(r)).toList();
        if (previous.containsAll(versions)) {
            repeats++;
            if (repeats >= LIMIT) {
                throw new NoProgressException("the feed sent the same " + resource + " records " + (repeats + 1)
                        + " times in a row (the last: " + versions.get(versions.size() - 1) + "); its paging or "
                        + "its ModificationTimestamp filter does not move past them");
            }
        } else {
            repeats = 0;
        }
        previous = Set.copyOf(versions);
    }

    /** A feed that keeps sending the same records: it fails a listing sync, and a roster's part of one. */
    static final class NoProgressException extends IllegalStateException {
        NoProgressException(String message) {
            super(message);
        }
    }
}
