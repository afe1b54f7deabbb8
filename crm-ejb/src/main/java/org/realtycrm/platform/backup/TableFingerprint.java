package org.realtycrm.platform.backup;

import java.util.Objects;

/**
 * A table's row count and a checksum of its rows (independent of their order), as seen in one snapshot. A restored
 * database must show the same figures for every table as the database did in the snapshot its dump was taken in.
 */
public record TableFingerprint(String table, long rows, String checksum) {

    public TableFingerprint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(checksum, "checksum");
        if (rows < 0 || table.isBlank() || table.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("not a table's fingerprint: " + table + " " + rows);
        }
    }
}
