package org.realtycrm.portal.entity;

/** What an alert tells about a listing. Stored by name. */
public enum AlertKind {
    /** The listing came on the market (Active) since the search was saved. */
    NEW_LISTING,
    /** The listing's price went down. */
    PRICE_DROP
}
