package org.realtycrm.property.boundary;

import java.util.Map;

import org.realtycrm.property.entity.PropertyPage;

/**
 * A page of the listing search as the screens show it: the listings, and the id of each one's first stored photo
 * (its cover, shown as a thumbnail) where it has one.
 */
public record ListingPage(PropertyPage found, Map<Long, Long> coverPhotoIds) {

    public ListingPage {
        coverPhotoIds = Map.copyOf(coverPhotoIds);
    }

    /** @return the id of the property's cover photo, or null when it has none stored */
    public Long coverPhotoId(long propertyId) {
        return coverPhotoIds.get(propertyId);
    }
}
