package org.realtycrm.property.boundary;

import java.time.Instant;

import org.realtycrm.mls.entity.ListedBy;
import org.realtycrm.property.entity.LeadPropertyRelation;
import org.realtycrm.property.entity.Property;

/** A property linked to a lead (and who lists it), how, and since when. */
public record LinkedProperty(Property property, ListedBy listedBy, LeadPropertyRelation relation, Instant linkedAt) {
}
