package org.realtycrm.portal.entity;

/** How a saved search's alerts come. Stored by name. */
public enum AlertFrequency {
    /** After each MLS sync that brought a match. */
    INSTANT,
    /** Once a day, at the brokerage's digest hour, what matched since the last one. */
    DAILY,
    /** Saved, without alerts. */
    OFF
}
