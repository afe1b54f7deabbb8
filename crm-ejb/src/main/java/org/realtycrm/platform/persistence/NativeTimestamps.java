package org.realtycrm.platform.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A {@code timestamptz} column as a native query hands it over: Hibernate gives an {@link Instant}, an
 * {@link OffsetDateTime} or a {@link Timestamp} depending on the query and the driver, and callers want the instant.
 */
public final class NativeTimestamps {

    private NativeTimestamps() {
    }

    /** @return the instant, or {@code null} for a null column */
    public static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("a timestamp came back as " + value.getClass().getName());
    }
}
