package org.realtycrm.mls.control;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.json.JsonObject;

/**
 * One Property record as the feed sent it.
 *
 * @param raw      the whole JSON object, every field the provider sent (RETS: each column of the row and its
 *                 decoded value, as strings)
 * @param deletion the feed withdrew the listing: {@code StandardStatus} 'Delete', or a provider flag such as MLS
 *                 Grid's {@code MlgCanView: false}, or (RETS) a status value the feed's settings name
 * @param media    the Media records sent with it through {@code $expand=Media}; empty without expansion
 */
public record ListingRecord(String listingKey, Instant modificationTimestamp, Optional<Instant> photosChangeTimestamp,
                            JsonObject raw, boolean deletion, List<MediaRecord> media) {

    public ListingRecord {
        media = List.copyOf(media);
    }

    /**
     * The ListingKey as it is stored (without surrounding blanks, as {@code MlsListing} keeps it): what a page's
     * records are matched with stored listings, and with each other, by.
     */
    public String storedKey() {
        return listingKey.strip();
    }

    /** Whether the photos changed after {@code stored} (null: none stored yet), so Media must be read again. */
    public boolean photosChangedSince(Instant stored) {
        return photosChangeTimestamp.map(changed -> stored == null || changed.isAfter(stored)).orElse(false);
    }

    ReplicationCursor cursor() {
        return ReplicationCursor.after(modificationTimestamp, listingKey);
    }
}
