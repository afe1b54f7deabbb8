package org.realtycrm.property.entity;

/** What became of an update offered to a property. */
public enum UpdateOutcome {
    /** The values were taken (and any price or status change recorded). */
    APPLIED,
    /** The feed sent the version we hold again (same ModificationTimestamp), as overlapping replication does. */
    ALREADY_CURRENT,
    /** The feed sent a version older than the one we hold; nothing changed. */
    STALE
}
