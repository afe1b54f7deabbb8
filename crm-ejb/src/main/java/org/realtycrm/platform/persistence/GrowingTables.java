package org.realtycrm.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Keeps PostgreSQL's statistics of the tables a bulk import fills in step with their growth. An import can add a
 * million rows in minutes, faster than autovacuum analyses them (when it runs at all): with statistics that still say
 * a table is empty, PostgreSQL plans every later statement on it, the foreign-key checks included (their plans are
 * kept for the connection's life), as a scan of the whole table, and each chunk becomes slower than the one before.
 * An ANALYZE invalidates those plans. It runs when the import's position doubles (1,000 rows, 2,000, 4,000, …), so
 * the statistics are never off by more than half, at about ten ANALYZEs for a million rows.
 */
public final class GrowingTables {

    private static final long FIRST = 1_000;

    private GrowingTables() {
    }

    /**
     * Analyses {@code tables} when a chunk that took an import from row {@code before} to row {@code after} crossed a
     * doubling of its position; in the caller's transaction (an ANALYZE may run inside one).
     */
    public static void analyzeWhenDoubled(Connection db, long before, long after, String... tables)
            throws SQLException {
        if (!crossesDoubling(before, after)) {
            return;
        }
        try (Statement statement = db.createStatement()) {
            for (String table : tables) {
                statement.execute("analyze " + table);
            }
        }
    }

    static boolean crossesDoubling(long before, long after) {
        for (long mark = FIRST; mark > 0 && mark <= after; mark *= 2) {
            if (mark > before) {
                return true;
            }
        }
        return false;
    }
}
