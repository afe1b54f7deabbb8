package org.realtycrm.property.entity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Timestamps as the database keeps them. */
public final class Timestamps {

    private Timestamps() {
    }

    /**
     * The instant cut to the microsecond, as PostgreSQL's timestamptz keeps it. A record's version (its
     * ModificationTimestamp) is compared with the stored one: a finer value (some providers send 100 ns) would
     * always look newer than its own stored copy. Null stays null.
     */
    public static Instant asStored(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
