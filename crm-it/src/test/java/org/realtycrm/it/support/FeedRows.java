package org.realtycrm.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** What a feed's sync left in the database, read with SQL: the MLS tests check rows the API does not show. */
public final class FeedRows {

    private FeedRows() {
    }

    /** The number {@code sql} answers, its one parameter the feed's id (a count, or an id). */
    public static long count(String sql, long feed) throws SQLException {
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, feed);
            try (ResultSet result = query.executeQuery()) {
                assertThat(result.next()).as(sql).isTrue();
                return result.getLong(1);
            }
        }
    }

    /** One column (or expression) of the feed's stored listing, as text. */
    public static String listing(long feed, String listingKey, String column) throws SQLException {
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(
                "select (" + column + ")::text from properties where feed_id = ? and listing_key = ?")) {
            query.setLong(1, feed);
            query.setString(2, listingKey);
            try (ResultSet result = query.executeQuery()) {
                assertThat(result.next()).as("listing %s is stored", listingKey).isTrue();
                return result.getString(1);
            }
        }
    }

    /** Changes the feed's row as another server would; {@code sql}'s one parameter is the feed's id. */
    public static void update(String sql, long feed) throws SQLException {
        try (Connection db = connect(); PreparedStatement update = db.prepareStatement(sql)) {
            update.setLong(1, feed);
            assertThat(update.executeUpdate()).as(sql).isEqualTo(1);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(ItProperties.dbUrl(), ItProperties.dbUser(), ItProperties.dbPassword());
    }
}
