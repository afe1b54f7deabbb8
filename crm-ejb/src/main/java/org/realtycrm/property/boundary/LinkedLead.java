package org.realtycrm.property.boundary;

import java.time.Instant;

import org.realtycrm.lead.entity.Lead;
import org.realtycrm.property.entity.LeadPropertyRelation;

/** A lead linked to a property, how, and since when. */
public record LinkedLead(Lead lead, LeadPropertyRelation relation, Instant linkedAt) {
}
