package org.realtycrm.pipeline.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import org.realtycrm.pipeline.entity.ListRow;

/**
 * Puts the properties of a chunk of list rows into {@code properties} as off-MLS records, finding again the ones a
 * previous list already brought: by parcel number within its state first, then by {@link ListRow.Place#key()}
 * (normalised address, unique among off-MLS rows). A match keeps its record and takes the newer list's facts (value,
 * equity, distress flags) into its payload; what it lacked (parcel number, coordinates, sizes) is filled in.
 * <p>
 * Runs on the caller's connection, inside the chunk's transaction. Concurrent pulls take one transaction-scoped
 * advisory lock each chunk, so two lists naming the same house at the same moment cannot both insert it.
 */
public final class OffMarketProperties {

    /** The advisory lock of property placement (any fixed number not used elsewhere). */
    private static final long LOCK = 0x6f66666d6b74L;

    private static final String BY_PARCEL = """
            select id, parcel_number, state_or_province from properties
             where source = 'OFF_MLS' and parcel_number = any (?) and state_or_province = any (?)""";

    private static final String INSERT = """
            insert into properties (source, unparsed_address, unit_number, city, state_or_province, postal_code,
                   county_or_parish, parcel_number, address_key, property_type, bedrooms_total,
                   bathrooms_total_integer, living_area, lot_size_area, year_built, latitude, longitude, payload,
                   created_by_id)
            values ('OFF_MLS', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
            on conflict (address_key) where source = 'OFF_MLS' and address_key is not null do update set
                   parcel_number = coalesce(properties.parcel_number, excluded.parcel_number),
                   county_or_parish = coalesce(properties.county_or_parish, excluded.county_or_parish),
                   property_type = coalesce(properties.property_type, excluded.property_type),
                   bedrooms_total = coalesce(properties.bedrooms_total, excluded.bedrooms_total),
                   bathrooms_total_integer = coalesce(properties.bathrooms_total_integer,
                                                      excluded.bathrooms_total_integer),
                   living_area = coalesce(properties.living_area, excluded.living_area),
                   lot_size_area = coalesce(properties.lot_size_area, excluded.lot_size_area),
                   year_built = coalesce(properties.year_built, excluded.year_built),
                   latitude = coalesce(properties.latitude, excluded.latitude),
                   longitude = coalesce(properties.longitude, excluded.longitude),
                   payload = coalesce(properties.payload, '{}'::jsonb) || excluded.payload,
                   updated_at = now()
            returning id, (xmax = 0) as created""";

    /** A property found again: what it lacked is filled in, the newer list's facts taken. */
    private static final String REFRESH = """
            update properties set
                   parcel_number = coalesce(parcel_number, ?), county_or_parish = coalesce(county_or_parish, ?),
                   property_type = coalesce(property_type, ?), bedrooms_total = coalesce(bedrooms_total, ?),
                   bathrooms_total_integer = coalesce(bathrooms_total_integer, ?),
                   living_area = coalesce(living_area, ?), lot_size_area = coalesce(lot_size_area, ?),
                   year_built = coalesce(year_built, ?), latitude = coalesce(latitude, ?),
                   longitude = coalesce(longitude, ?), payload = coalesce(payload, '{}'::jsonb) || ?::jsonb,
                   updated_at = now()
             where id = ?""";

    private final Connection connection;

    public OffMarketProperties(Connection connection) {
        this.connection = connection;
    }

    /** Where each row's property now is, and how many were new. */
    public record Placed(Map<Long, Long> propertyByLine, int created, int matched) {
    }

    /** @param createdBy who the new records belong to ({@code null}: administrators only see them) */
    public Placed place(List<ListRow> rows, Long createdBy) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK);
            lock.execute();
        }
        Map<Long, Long> placed = new LinkedHashMap<>();
        Map<String, Long> byParcel = parcels(rows);
        Map<String, Long> byKey = new HashMap<>();
        int created = 0;
        int matched = 0;
        try (PreparedStatement insert = connection.prepareStatement(INSERT);
                PreparedStatement refresh = connection.prepareStatement(REFRESH)) {
            for (ListRow row : rows) {
                String parcel = parcelKey(row);
                String key = row.property().key();
                Long id = parcel == null ? null : byParcel.get(parcel);
                if (id == null && key != null) {
                    id = byKey.get(key);
                }
                if (id != null) {
                    bindRefresh(refresh, row, id);
                    refresh.addBatch();
                    matched++;
                } else {
                    bind(insert, row, key, createdBy);
                    try (ResultSet result = insert.executeQuery()) {
                        result.next();
                        id = result.getLong(1);
                        if (result.getBoolean(2)) {
                            created++;
                        } else {
                            matched++;
                        }
                    }
                }
                placed.put(row.line(), id);
                if (parcel != null) {
                    byParcel.put(parcel, id);
                }
                if (key != null) {
                    byKey.put(key, id);
                }
            }
            refresh.executeBatch();
        }
        return new Placed(placed, created, matched);
    }

    private Map<String, Long> parcels(List<ListRow> rows) throws SQLException {
        List<String> numbers = new ArrayList<>();
        List<String> states = new ArrayList<>();
        for (ListRow row : rows) {
            if (parcelKey(row) != null) {
                numbers.add(row.apn());
                states.add(row.property().state());
            }
        }
        Map<String, Long> found = new HashMap<>();
        if (numbers.isEmpty()) {
            return found;
        }
        try (PreparedStatement query = connection.prepareStatement(BY_PARCEL)) {
            query.setArray(1, connection.createArrayOf("varchar", numbers.toArray()));
            query.setArray(2, connection.createArrayOf("varchar", states.stream().distinct().toArray()));
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    found.putIfAbsent(result.getString(2) + "|" + result.getString(3), result.getLong(1));
                }
            }
        }
        return found;
    }

    /** An APN identifies a parcel only within its county's numbering; the state is the narrowest part every list gives. */
    private static String parcelKey(ListRow row) {
        return row.apn() == null || row.property().state() == null ? null : row.apn() + "|" + row.property().state();
    }

    private static void bind(PreparedStatement insert, ListRow row, String key, Long createdBy) throws SQLException {
        ListRow.Place place = row.property();
        insert.setString(1, clip(place.street(), 255));
        insert.setString(2, clip(place.unit(), 25));
        insert.setString(3, clip(place.city(), 50));
        insert.setString(4, place.state());
        insert.setString(5, place.zip());
        insert.setString(6, clip(row.county(), 50));
        insert.setString(7, row.apn());
        insert.setString(8, key);
        insert.setString(9, clip(row.propertyType(), 50));
        setInteger(insert, 10, row.bedrooms());
        setInteger(insert, 11, row.bathrooms() == null ? null : row.bathrooms().intValue());
        insert.setBigDecimal(12, nonNegative(row.livingArea()));
        insert.setBigDecimal(13, nonNegative(row.lotSize()));
        setInteger(insert, 14, row.yearBuilt());
        insert.setBigDecimal(15, row.latitude());
        insert.setBigDecimal(16, row.longitude());
        insert.setString(17, facts(row));
        if (createdBy == null) {
            insert.setNull(18, Types.BIGINT);
        } else {
            insert.setLong(18, createdBy);
        }
    }

    private static void bindRefresh(PreparedStatement refresh, ListRow row, long id) throws SQLException {
        refresh.setString(1, row.apn());
        refresh.setString(2, clip(row.county(), 50));
        refresh.setString(3, clip(row.propertyType(), 50));
        setInteger(refresh, 4, row.bedrooms());
        setInteger(refresh, 5, row.bathrooms() == null ? null : row.bathrooms().intValue());
        refresh.setBigDecimal(6, nonNegative(row.livingArea()));
        refresh.setBigDecimal(7, nonNegative(row.lotSize()));
        setInteger(refresh, 8, row.yearBuilt());
        refresh.setBigDecimal(9, row.latitude());
        refresh.setBigDecimal(10, row.longitude());
        refresh.setString(11, facts(row));
        refresh.setLong(12, id);
    }

    /** The list's view of the owner's position, kept in the property's payload under "ownerFacts". */
    static String facts(ListRow row) {
        JsonObjectBuilder facts = Json.createObjectBuilder();
        put(facts, "estimatedValue", row.estimatedValue());
        put(facts, "equityPercent", row.equityPercent());
        put(facts, "lastSalePrice", row.lastSalePrice());
        if (row.lastSaleDate() != null) {
            facts.add("lastSaleDate", row.lastSaleDate().toString());
        }
        flag(facts, "ownerOccupied", row.ownerOccupied());
        flag(facts, "vacant", row.vacant());
        flag(facts, "taxDelinquent", row.taxDelinquent());
        flag(facts, "preForeclosure", row.preForeclosure());
        return Json.createObjectBuilder().add("ownerFacts", facts).build().toString();
    }

    private static void put(JsonObjectBuilder json, String name, BigDecimal value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    private static void flag(JsonObjectBuilder json, String name, Boolean value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    private static BigDecimal nonNegative(BigDecimal value) {
        return value == null || value.signum() < 0 ? null : value;
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
