package org.realtycrm.property.entity;

/** How a lead relates to a property. */
public enum LeadPropertyRelation {
    INTERESTED_IN,
    OWNER_OF,
    SOLD_TO
}
