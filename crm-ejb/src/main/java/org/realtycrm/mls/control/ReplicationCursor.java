package org.realtycrm.mls.control;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.realtycrm.mls.entity.FeedCursor;

/**
 * Where replication stands: the (ModificationTimestamp, ListingKey) of the last record applied. The next query asks
 * for {@code ModificationTimestamp gt T or (ModificationTimestamp eq T and ListingKey gt K)} ordered by
 * {@code ModificationTimestamp,ListingKey}: a total order, so a page boundary inside a run of equal timestamps
 * neither skips nor repeats a record, and a record modified while we read moves behind the cursor and comes again.
 * Never a page number: records move between pages while a feed is read.
 *
 * @param modificationTimestamp null only at the start
 * @param listingKey            "" to take every record of {@code modificationTimestamp} again; in a roster's
 *                              replication the record's MemberKey or OfficeKey
 */
public record ReplicationCursor(Instant modificationTimestamp, String listingKey) {

    private static final ReplicationCursor START = new ReplicationCursor(null, null);

    public ReplicationCursor {
        if (modificationTimestamp == null && listingKey != null) {
            throw new IllegalArgumentException("a cursor with a key needs its timestamp");
        }
        if (modificationTimestamp != null) {
            listingKey = Objects.requireNonNullElse(listingKey, "");
        }
    }

    /** Before every listing: a full replication. */
    public static ReplicationCursor start() {
        return START;
    }

    /** Every listing modified at or after {@code timestamp} (a high-water mark kept without its key). */
    public static ReplicationCursor from(Instant timestamp) {
        return new ReplicationCursor(Objects.requireNonNull(timestamp), "");
    }

    /** Just after the record {@code (timestamp, listingKey)}. */
    public static ReplicationCursor after(Instant timestamp, String listingKey) {
        return new ReplicationCursor(Objects.requireNonNull(timestamp), Objects.requireNonNull(listingKey));
    }

    public boolean isStart() {
        return modificationTimestamp == null;
    }

    /** Where replication resumes from the position a feed stored: the start when it stored none. */
    static ReplicationCursor resumeAt(Optional<FeedCursor> stored) {
        return stored.map(c -> after(c.modificationTimestamp(), c.key())).orElse(START);
    }

    /**
     * The position a feed stores once the page that ends here is applied; empty at the start and for a bare
     * timestamp ({@link #from}), which name no record.
     */
    Optional<FeedCursor> toStore() {
        return isStart() || listingKey.isEmpty() ? Optional.empty()
                : Optional.of(new FeedCursor(modificationTimestamp, listingKey));
    }

    /** The OData v4 filter for the listings after this cursor; empty at the start. */
    Optional<String> odataFilter() {
        return odataFilter("ListingKey");
    }

    /** The OData v4 filter for the records after this cursor, whose key is {@code keyField}; empty at the start. */
    Optional<String> odataFilter(String keyField) {
        if (isStart()) {
            return Optional.empty();
        }
        String t = ODataQuery.timestamp(modificationTimestamp);
        return Optional.of("ModificationTimestamp gt " + t + " or (ModificationTimestamp eq " + t
                + " and " + keyField + " gt " + ODataQuery.literal(listingKey) + ")");
    }
}
