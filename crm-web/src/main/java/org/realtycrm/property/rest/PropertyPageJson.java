package org.realtycrm.property.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.realtycrm.property.boundary.ListingsWithAgents;
import org.realtycrm.property.entity.PropertyPage;

/** One page of the listing search; {@code total} is exact unless {@code totalCapped} (then: at least that many). */
@Schema(name = "PropertyPage")
public record PropertyPageJson(List<PropertyJson> items, long total,
        @Schema(description = "true when more than 10,000 listings match: total then says 10000") boolean totalCapped,
        int page, int size) {

    static PropertyPageJson of(ListingsWithAgents listings) {
        PropertyPage found = listings.found();
        return new PropertyPageJson(found.page().items().stream()
                        .map(property -> PropertyJson.of(property, listings.listedBy(property))).toList(),
                found.page().total(), found.totalCapped(), found.page().page(), found.page().size());
    }
}
