package org.realtycrm.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * MLS listings put straight into the test database, as the feed sync (not built yet) will store them: users cannot
 * create MLS listings through the API. Each instance is one feed of its own; each listing gets a unique ListingKey,
 * status Active and the current time as ModificationTimestamp unless the test says otherwise.
 */
public final class MlsListings {

    private final long feedId;

    private MlsListings(long feedId) {
        this.feedId = feedId;
    }

    public static MlsListings newFeed() {
        try (Connection db = database(); PreparedStatement insert = db.prepareStatement("insert into mls_feeds (name, "
                + "kind, base_url, cadence_seconds, requests_per_second, requests_per_hour, page_size) "
                + "values (?, 'RESO_WEB_API', 'https://mls.example.test/odata', 900, 2, 7200, 200) returning id")) {
            insert.setString(1, "IT feed " + Unique.word());
            return new MlsListings(single(insert));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Stores one listing; answers its id. {@code columnsAndValues} are snake_case columns of {@code properties} and
     * their values in pairs, e.g. {@code add("list_price", 450000, "city", "Austin")}.
     */
    public long add(Object... columnsAndValues) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("source", "MLS");
        columns.put("feed_id", feedId);
        columns.put("listing_key", "IT-" + Unique.word());
        columns.put("standard_status", "Active");
        columns.put("modification_timestamp", Timestamp.from(Instant.now()));
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            Object value = columnsAndValues[i + 1];
            columns.put((String) columnsAndValues[i], value instanceof Instant at ? Timestamp.from(at) : value);
        }
        StringJoiner names = new StringJoiner(", ");
        StringJoiner marks = new StringJoiner(", ");
        columns.keySet().forEach(name -> {
            names.add(name);
            marks.add("?");
        });
        try (Connection db = database(); PreparedStatement insert = db.prepareStatement("insert into properties ("
                + names + ") values (" + marks + ") returning id")) {
            int index = 1;
            for (Object value : columns.values()) {
                insert.setObject(index++, value);
            }
            return single(insert);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets the listing's StandardStatus, as the feed sync does when a listing changes status or is deleted. */
    public void statusChanged(long propertyId, String standardStatus) {
        try (Connection db = database(); PreparedStatement update = db.prepareStatement(
                "update properties set standard_status = ? where id = ? and feed_id = ?")) {
            update.setString(1, standardStatus);
            update.setLong(2, propertyId);
            update.setLong(3, feedId);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no listing " + propertyId + " in feed " + feedId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A new ListPrice, as the feed sync stores it: the listing's price and ModificationTimestamp, and the change in
     * its history.
     */
    public static void priceDropped(long propertyId, long to) {
        try (Connection db = database(); PreparedStatement update = db.prepareStatement("with old as (select "
                + "list_price from properties where id = ?), changed as (update properties set list_price = ?, "
                + "modification_timestamp = now() where id = ?) insert into property_history (property_id, field, "
                + "old_price, new_price, modification_timestamp) select ?, 'LIST_PRICE', list_price, ?, now() "
                + "from old")) {
            update.setLong(1, propertyId);
            update.setLong(2, to);
            update.setLong(3, propertyId);
            update.setLong(4, propertyId);
            update.setLong(5, to);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records a price change of the listing, as the feed sync does when a ListPrice moves. */
    public void priceChanged(long propertyId, long from, long to) {
        try (Connection db = database(); PreparedStatement insert = db.prepareStatement("insert into property_history "
                + "(property_id, field, old_price, new_price, modification_timestamp) values (?, 'LIST_PRICE', ?, ?, "
                + "now())")) {
            insert.setLong(1, propertyId);
            insert.setLong(2, from);
            insert.setLong(3, to);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores a Member record of the feed's roster, as the roster sync does. */
    public void member(String memberKey, String fullName, String email, String phone) {
        roster("insert into mls_members (feed_id, member_key, full_name, email, phone, modification_timestamp) "
                + "values (?, ?, ?, ?, ?, now())", memberKey, fullName, email, phone);
    }

    /** Stores a Member record of the feed's roster, of an office of the roster. */
    public void member(String memberKey, String fullName, String email, String phone, String officeKey) {
        roster("insert into mls_members (feed_id, member_key, full_name, email, phone, office_key, "
                + "modification_timestamp) values (?, ?, ?, ?, ?, ?, now())", memberKey, fullName, email, phone,
                officeKey);
    }

    /** Stores an Office record of the feed's roster, as the roster sync does. */
    public void office(String officeKey, String name, String phone) {
        roster("insert into mls_offices (feed_id, office_key, name, phone, modification_timestamp) "
                + "values (?, ?, ?, ?, now())", officeKey, name, phone);
    }

    private void roster(String sql, String... values) {
        try (Connection db = database(); PreparedStatement insert = db.prepareStatement(sql)) {
            insert.setLong(1, feedId);
            for (int i = 0; i < values.length; i++) {
                insert.setString(i + 2, values[i]);
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long single(PreparedStatement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    static Connection database() throws SQLException {
        return DriverManager.getConnection(ItProperties.dbUrl(), ItProperties.dbUser(), ItProperties.dbPassword());
    }
}
