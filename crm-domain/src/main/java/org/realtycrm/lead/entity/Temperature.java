package org.realtycrm.lead.entity;

/** How ready a lead is to transact: HOT leads are worked first. */
public enum Temperature {
    HOT,
    WARM,
    COLD;

    public boolean isHotterThan(Temperature other) {
        return ordinal() < other.ordinal();
    }
}
