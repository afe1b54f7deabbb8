package org.realtycrm.mls.entity;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.realtycrm.property.entity.MlsListing;
import org.realtycrm.property.entity.Text;

/**
 * Where replication of one resource stands: the (ModificationTimestamp, key) of the last record committed, the key
 * being the resource's own (ListingKey, MemberKey, OfficeKey). Records are requested ordered by ModificationTimestamp
 * then key, so cursors order the same way; the key breaks ties between records modified in the same instant.
 */
@Embeddable
public class FeedCursor implements Comparable<FeedCursor> {

    private static final Comparator<FeedCursor> ORDER = Comparator.comparing(FeedCursor::modificationTimestamp)
            .thenComparing(FeedCursor::key);

    @Column(name = "cursor_modification_ts")
    private Instant modificationTimestamp;

    @Column(name = "cursor_listing_key", length = MlsListing.LISTING_KEY_LENGTH)
    private String recordKey;

    protected FeedCursor() {
        // for JPA
    }

    public FeedCursor(Instant modificationTimestamp, String key) {
        this.modificationTimestamp = Objects.requireNonNull(modificationTimestamp, "modificationTimestamp");
        // every DD key (ListingKey, MemberKey, OfficeKey) is at most 255 characters
        this.recordKey = Text.key("key", key, MlsListing.LISTING_KEY_LENGTH);
    }

    public Instant modificationTimestamp() {
        return modificationTimestamp;
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
        return other instanceof FeedCursor cursor && modificationTimestamp.equals(cursor.modificationTimestamp)
                && recordKey.equals(cursor.recordKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(modificationTimestamp, recordKey);
    }

    @Override
    public String toString() {
        return "(" + modificationTimestamp + ", " + recordKey + ")";
    }
}
