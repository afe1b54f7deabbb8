package org.realtycrm.property.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.realtycrm.property.boundary.LinkedProperty;

/** One of a lead's properties: how the lead relates to it, since when, and the property as lists show it. */
@Schema(name = "LeadProperty")
public record LeadPropertyJson(long propertyId, String relation, Instant linkedAt, PropertyJson property) {

    static LeadPropertyJson of(LinkedProperty link) {
        return new LeadPropertyJson(link.property().getId(), link.relation().name(), link.linkedAt(),
                PropertyJson.of(link.property(), link.listedBy()));
    }
}
