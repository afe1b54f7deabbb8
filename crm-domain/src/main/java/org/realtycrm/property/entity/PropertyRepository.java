package org.realtycrm.property.entity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface PropertyRepository {

    Optional<Property> find(long id);

    /** The listings a feed knows by these ListingKeys, by key; keys it does not know are absent. */
    Map<String, Property> findByListingKeys(long feedId, Collection<String> listingKeys);

    /** Up to {@code limit} listings of the feed whose photos must be fetched again, oldest change first. */
    List<Long> withPhotosToFetch(long feedId, int limit);

    /** The ListingKeys of the feed's listings that are not withdrawn, in key order. */
    List<String> liveListingKeys(long feedId);

    /** The listing a feed knows by this ListingKey. */
    Optional<Property> findByListingKey(long feedId, String listingKey);

    /**
     * Stores what an update did, in the caller's transaction: the property if it is new (from
     * {@link Property#listedOnMls} or {@link Property#offMls}), then the history rows the update returned.
     */
    void store(PropertyUpdate update);

    /** Stores an update that changed the property; a stale or repeated version is left alone. */
    default boolean storeIfApplied(PropertyUpdate update) {
        if (!update.applied()) {
            return false;
        }
        store(update);
        return true;
    }

    /** A property's price and status changes, newest first. */
    List<PriceStatusChange> history(long propertyId);
}
