package org.realtycrm.property.entity;

import java.time.Instant;
import java.util.Objects;

import org.realtycrm.platform.problem.InvalidInputException;

/**
 * One Property record as a feed sent it: its key, its ModificationTimestamp (the version the feed orders by), its
 * PhotosChangeTimestamp, the fields we map, and the whole payload as JSON text, kept so that a field we do not map
 * today is still there tomorrow.
 */
public record MlsListing(String listingKey, Instant modificationTimestamp, Instant photosChangeTimestamp,
        ListingFields fields, String payload) {

    public static final int LISTING_KEY_LENGTH = 255;

    public MlsListing {
        listingKey = Text.key("ListingKey", listingKey, LISTING_KEY_LENGTH);
        if (modificationTimestamp == null) {
            throw new InvalidInputException("ModificationTimestamp", "is required");
        }
        modificationTimestamp = Timestamps.asStored(modificationTimestamp);
        photosChangeTimestamp = Timestamps.asStored(photosChangeTimestamp);
        Objects.requireNonNull(fields, "fields");
        if (fields.standardStatus() == null) {
            throw new InvalidInputException("StandardStatus", "is required");
        }
        if (payload == null || !payload.strip().startsWith("{")) {
            throw new InvalidInputException("payload", "must be the record's JSON object");
        }
    }
}
