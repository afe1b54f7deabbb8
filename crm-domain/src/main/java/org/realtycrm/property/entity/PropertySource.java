package org.realtycrm.property.entity;

/** Where a property record comes from: an MLS feed (read-only to users) or an agent (pocket listings, targets). */
public enum PropertySource {
    MLS,
    OFF_MLS
}
