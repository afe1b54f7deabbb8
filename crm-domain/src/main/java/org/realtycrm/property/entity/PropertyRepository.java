package org.realtycrm.property.entity;

import java.util.List;
import java.util.Optional;

public interface PropertyRepository {

    Optional<Property> find(long id);

    /** The listing a feed knows by this ListingKey. */
    Optional<Property> findByListingKey(long feedId, String listingKey);

    /**
     * Stores what an update did, in the caller's transaction: the property if it is new (from
     * {@link Property#listedOnMls} or {@link Property#offMls}), then the history rows the update returned.
     */
    void store(PropertyUpdate update);

    /** A property's price and status changes, newest first. */
    List<PriceStatusChange> history(long propertyId);
}
