package org.realtycrm.property.boundary;

import java.util.Map;

import org.realtycrm.mls.entity.ListedBy;
import org.realtycrm.property.entity.Property;
import org.realtycrm.property.entity.PropertyPage;

/** A page of the listing search with who lists each listing, as the API answers it. */
public record ListingsWithAgents(PropertyPage found, Map<Long, ListedBy> listedBy) {

    public ListingsWithAgents {
        listedBy = Map.copyOf(listedBy);
    }

    public ListedBy listedBy(Property listing) {
        return listedBy.get(listing.getId());
    }
}
