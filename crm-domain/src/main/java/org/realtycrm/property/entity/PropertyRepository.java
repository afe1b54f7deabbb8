package org.realtycrm.property.entity;

import java.util.List;
import java.util.Optional;

public interface PropertyRepository {

    Optional<Property> find(long id);

    /** The listing a feed knows by this ListingKey. */
    Optional<Property> findByListingKey(long feedId, String listingKey);

    /** Stores a new property (from {@link Property#listedOnMls} or {@link Property#offMls}). */
    void add(Property property);

    /** Appends the history rows an update returned, in the caller's transaction. */
    void appendHistory(List<PriceStatusChange> changes);

    /** A property's price and status changes, newest first. */
    List<PriceStatusChange> history(long propertyId);
}
