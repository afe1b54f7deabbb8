package org.realtycrm.lead.entity;

/** What the lead wants to do. Stored by name: append, never rename. */
public enum LeadType {
    BUYER,
    SELLER,
    INVESTOR
}
