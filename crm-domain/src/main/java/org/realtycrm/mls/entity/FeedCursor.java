package org.realtycrm.mls.entity;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.realtycrm.property.entity.MlsListing;
import org.realtycrm.property.entity.Text;
import org.realtycrm.property.entity.Timestamps;

/**
 * Where replication of one resource stands: the (ModificationTimestamp, key) of the last record committed, the key
 * being the resource's own (ListingKey, MemberKey, OfficeKey). Records are requested ordered by ModificationTimestamp
 * then key, so cursors order the same way; the key breaks ties between records modified in the same instant.
 * <p>
 * The timestamp is kept exactly as the provider sent it, to the nanosecond: PostgreSQL's timestamptz holds
 * microseconds, and the nanoseconds beyond them (some providers send 100 ns) are a column of their own. A cursor cut
 * to the microsecond would sit before the record it names, and the next query would return that record again.
 */
@Embeddable
public class FeedCursor implements Comparable<FeedCursor> {

    private static final Comparator<FeedCursor> ORDER = Comparator.comparing(FeedCursor::modificationTimestamp)
            .thenComparing(FeedCursor::key);

    /** To the microsecond. */
    @Column(name = "cursor_modification_ts")
    private Instant modificationTimestamp;

    @Column(name = "cursor_nanos_beyond_micros")
    private short nanosBeyondMicros;

    @Column(name = "cursor_listing_key", length = MlsListing.LISTING_KEY_LENGTH)
    private String recordKey;

    protected FeedCursor() {
        // for JPA
    }

    public FeedCursor(Instant modificationTimestamp, String key) {
        Objects.requireNonNull(modificationTimestamp, "modificationTimestamp");
        this.modificationTimestamp = Timestamps.asStored(modificationTimestamp);
        this.nanosBeyondMicros = (short) (modificationTimestamp.getNano() % 1_000);
        // every DD key (ListingKey, MemberKey, OfficeKey) is at most 255 characters
        this.recordKey = Text.key("key", key, MlsListing.LISTING_KEY_LENGTH);
    }

    /** Exactly as the provider sent it. */
    public Instant modificationTimestamp() {
        return modificationTimestamp.plusNanos(nanosBeyondMicros);
    }

    /** The key of the last record committed. */
    public String key() {
        return recordKey;
    }

    @Override
    public int compareTo(FeedCursor other) {
        return ORDER.compare(this, other);
    }

    public boolean isAfter(FeedCursor other) {
        return compareTo(other) > 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FeedCursor cursor && modificationTimestamp().equals(cursor.modificationTimestamp())
                && recordKey.equals(cursor.recordKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(modificationTimestamp(), recordKey);
    }

    @Override
    public String toString() {
        return "(" + modificationTimestamp() + ", " + recordKey + ")";
    }
}
