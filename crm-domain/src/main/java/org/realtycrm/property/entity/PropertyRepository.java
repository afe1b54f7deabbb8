package org.realtycrm.property.entity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.realtycrm.platform.paging.PageRequest;

public interface PropertyRepository {

    Optional<Property> find(long id);

    /** The listings a feed knows by these ListingKeys, by key; keys it does not know are absent. */
    Map<String, Property> findByListingKeys(long feedId, Collection<String> listingKeys);

    /** Up to {@code limit} listings of the feed whose photos must be fetched again, oldest change first. */
    List<Long> withPhotosToFetch(long feedId, int limit);

    /** The ListingKeys of the feed's listings that are not withdrawn, in key order. */
    List<String> liveListingKeys(long feedId);

    /** A property the visibility allows (never a Delete listing), else empty. */
    Optional<Property> find(long id, PropertyVisibility visibility);

    /** The properties among {@code ids} that the visibility allows, in one read; the others are simply absent. */
    List<Property> findAll(Collection<Long> ids, PropertyVisibility visibility);

    /** The listing search: one page of what the visibility allows, its total counted up to a limit. */
    PropertyPage search(PropertyQuery query, PropertyVisibility visibility, PageRequest page);

    /** The listing a feed knows by this ListingKey. */
    Optional<Property> findByListingKey(long feedId, String listingKey);

    /**
     * Stores what an update did, in the caller's transaction: the property if it is new (from
     * {@link Property#listedOnMls} or {@link Property#offMls}), then the history rows the update returned.
     */
    void store(PropertyUpdate update);

    /**
     * In the caller's transaction, the search's change counter (which remembered totals are checked against) is left
     * alone by the changes that follow, until {@link #countChangesNow()}: for a writer that waits for another
     * transaction before it commits, and must not hold one of the counter's slots while it waits.
     */
    void deferChangeCount();

    /** Moves the search's change counter for the caller's transaction now (once; later changes leave it). */
    void countChangesNow();

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
