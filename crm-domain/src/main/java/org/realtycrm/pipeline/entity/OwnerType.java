package org.realtycrm.pipeline.entity;

/** How an owner holds a property, as investors target them. */
public enum OwnerType {
    /** Lives elsewhere: the mailing address is not the property's. */
    ABSENTEE,
    /** Lives in another state than the property's. */
    OUT_OF_STATE,
    /** A company or a trust, not a person. */
    CORPORATE
}
