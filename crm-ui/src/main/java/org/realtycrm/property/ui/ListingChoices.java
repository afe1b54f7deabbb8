package org.realtycrm.property.ui;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.realtycrm.property.entity.LeadPropertyRelation;
import org.realtycrm.property.entity.StandardStatus;

/** The choices the listing screens offer (statuses, property types, relations) and the words they show them in. */
@Named
@ApplicationScoped
public class ListingChoices {

    private static final Map<String, String> SORTS = orders();

    private static Map<String, String> orders() {
        Map<String, String> orders = new LinkedHashMap<>();
        orders.put("Newest first", "-modificationTimestamp");
        orders.put("Price: low to high", "listPrice");
        orders.put("Price: high to low", "-listPrice");
        orders.put("Most beds", "-bedroomsTotal");
        return Collections.unmodifiableMap(orders);
    }

    public List<StandardStatus> getStatuses() {
        return ListingFormat.STATUSES;
    }

    public String statusLabel(StandardStatus status) {
        return ListingFormat.status(status);
    }

    public List<String> getPropertyTypes() {
        return ListingFormat.PROPERTY_TYPES;
    }

    /** The list's orders by their label, as the search's sort expressions. */
    public Map<String, String> getSorts() {
        return SORTS;
    }

    public LeadPropertyRelation[] getRelations() {
        return LeadPropertyRelation.values();
    }

    public String relationWords(LeadPropertyRelation relation) {
        return ListingFormat.words(relation);
    }
}
