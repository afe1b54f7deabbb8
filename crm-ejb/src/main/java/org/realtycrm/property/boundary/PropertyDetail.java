package org.realtycrm.property.boundary;

import java.util.List;

import org.realtycrm.mls.entity.ListedBy;
import org.realtycrm.property.entity.PriceStatusChange;
import org.realtycrm.property.entity.Property;
import org.realtycrm.property.entity.PropertyMedia;

/**
 * A property as its page shows it: who lists it, its price and status history (newest first), its media (in their
 * order) and the leads linked to it that the caller may see.
 */
public record PropertyDetail(Property property, ListedBy listedBy, List<PriceStatusChange> history,
        List<PropertyMedia> media, List<LinkedLead> leads) {

    public PropertyDetail {
        history = List.copyOf(history);
        media = List.copyOf(media);
        leads = List.copyOf(leads);
    }
}
