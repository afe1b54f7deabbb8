package org.realtycrm.mls.entity;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.realtycrm.property.entity.MlsListing;
import org.realtycrm.property.entity.Text;

/**
 * Where replication stands: the (ModificationTimestamp, ListingKey) of the last record committed. Records are
 * requested ordered by ModificationTimestamp then ListingKey, so cursors order the same way; the key breaks ties
 * between records modified in the same instant.
 */
@Embeddable
public class FeedCursor implements Comparable<FeedCursor> {

    private static final Comparator<FeedCursor> ORDER = Comparator.comparing(FeedCursor::modificationTimestamp)
            .thenComparing(FeedCursor::listingKey);

    @Column(name = "cursor_modification_ts")
    private Instant modificationTimestamp;

    @Column(name = "cursor_listing_key", length = MlsListing.LISTING_KEY_LENGTH)
    private String listingKey;

    protected FeedCursor() {
        // for JPA
    }

    public FeedCursor(Instant modificationTimestamp, String listingKey) {
        this.modificationTimestamp = Objects.requireNonNull(modificationTimestamp, "modificationTimestamp");
        this.listingKey = Text.key("ListingKey", listingKey, MlsListing.LISTING_KEY_LENGTH);
    }

    public Instant modificationTimestamp() {
        return modificationTimestamp;
    }

    public String listingKey() {
        return listingKey;
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
                && listingKey.equals(cursor.listingKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(modificationTimestamp, listingKey);
    }

    @Override
    public String toString() {
        return "(" + modificationTimestamp + ", " + listingKey + ")";
    }
}
