package org.realtycrm.property.boundary;

import java.time.Instant;

import org.realtycrm.property.entity.LeadPropertyRelation;
import org.realtycrm.property.entity.Property;

/** A property linked to a lead, how, and since when. */
public record LinkedProperty(Property property, LeadPropertyRelation relation, Instant linkedAt) {
}
