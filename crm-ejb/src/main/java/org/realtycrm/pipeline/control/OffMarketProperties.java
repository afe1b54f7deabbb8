package org.realtycrm.pipeline.control;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;

import org.postgresql.PGConnection;
import org.realtycrm.pipeline.entity.ListRow;
import org.realtycrm.platform.persistence.CopyText;

/**
 * Puts the properties of a chunk of list rows into {@code properties} as off-MLS records, finding again the ones a
 * previous list already brought: by parcel number within its state first, then by {@link ListRow.Place#key()}
 * (normalised address, unique among off-MLS rows). A match keeps its record and takes the newer list's facts (value,
 * equity, distress flags) into its payload; what it lacked (parcel number, county, type, sizes, coordinates) is
 * filled in.
 * <p>
 * Set-based, on the caller's connection and inside the chunk's transaction: the chunk is copied into a session-local
 * staging table, two statements decide each row's property, one updates the properties found again and one inserts
 * the new ones. A row takes, in this order: the stored property with its parcel number and state; the property of
 * the chunk's first earlier row with that parcel; that of the first earlier row with its address; the stored
 * property with its address; else a new one, named by the first of its rows. Rows that land on one property act on
 * it as if stored one after the other in line order: the first non-empty value fills what it lacks, and the last
 * row's facts are its facts.
 * <p>
 * Concurrent pulls take one transaction-scoped advisory lock each chunk, so two lists naming the same house at the
 * same moment cannot both insert it; new properties still go in in address-key order, so that any other writer of
 * off-MLS addresses waits on the unique index in one direction only.
 */
public final class OffMarketProperties {

    /** The advisory lock of property placement (any fixed number not used elsewhere). */
    private static final long LOCK = 0x6f66666d6b74L;

    /** What a property found again takes from its rows when it has none: the first row's that has one. */
    private static final List<String> FILLED = List.of("parcel_number", "county_or_parish", "property_type",
            "bedrooms_total", "bathrooms_total_integer", "living_area", "lot_size_area", "year_built", "latitude",
            "longitude");

    /** The first row's, as it reads: what a new property is named by. */
    private static final List<String> NAMED = List.of("unparsed_address", "unit_number", "city", "state_or_province",
            "postal_code", "address_key");

    // the staging table's name changes with its columns: a pooled connection that outlives a redeployment keeps the
    // temp table of the code before it
    private static final String STAGING = """
            create temp table if not exists off_market_chunk (
                line bigint primary key, unparsed_address text, unit_number text, city text,
                state_or_province text, postal_code text, address_key text, parcel_number text,
                county_or_parish text, property_type text, bedrooms_total int, bathrooms_total_integer int,
                living_area numeric, lot_size_area numeric, year_built int, latitude numeric, longitude numeric,
                facts jsonb, follows bigint, property_id bigint
            ) on commit delete rows""";

    private static final String COPY = "copy off_market_chunk (line, " + String.join(", ", NAMED) + ", "
            + String.join(", ", FILLED) + ", facts) from stdin";

    private static final String NEVER_ANALYSED =
            "select count(*) from pg_class where oid = 'pg_temp.off_market_chunk'::regclass and reltuples < 0";

    /**
     * Each row's stored property, or the earlier row whose property it shares: a stored parcel comes first, then
     * the chunk's first row of the parcel, then its first row of the address (as when the rows were placed one by
     * one, each seeing the ones before it), then a stored address. The stored ones are looked up row by row in
     * their indexes: a join would let the planner scan every off-MLS property for a chunk of a thousand rows.
     */
    private static final String MATCH = """
            update off_market_chunk c
               set follows = m.follows,
                   property_id = case when m.follows is null then coalesce(m.by_parcel, m.by_address) end
              from (select line, by_parcel, by_address,
                           case when by_parcel is null then
                                case when parcel_first < line then parcel_first
                                     when key_first < line then key_first end end as follows
                      from (select line,
                                   (select min(p.id) from properties p
                                     where p.source = 'OFF_MLS' and p.parcel_number = s.parcel_number
                                       and p.state_or_province = s.state_or_province) as by_parcel,
                                   (select p.id from properties p
                                     where p.source = 'OFF_MLS' and p.address_key = s.address_key) as by_address,
                                   case when parcel_number is not null and state_or_province is not null
                                        then min(line) over (partition by parcel_number, state_or_province) end
                                        as parcel_first,
                                   case when address_key is not null
                                        then min(line) over (partition by address_key) end as key_first
                              from off_market_chunk s) r) m
             where c.line = m.line""";

    /** A row that follows one that follows another ends at the first: the one whose property they all share. */
    private static final String FOLLOW = """
            with recursive house (line, first) as (
                select line, line from off_market_chunk where follows is null
                union all
                select c.line, h.first from off_market_chunk c join house h on c.follows = h.line)
            update off_market_chunk c set follows = h.first, property_id = f.property_id
              from house h join off_market_chunk f on f.line = h.first
             where c.line = h.line and c.follows is not null""";

    private static final String REFRESH = "update properties p set "
            + FILLED.stream().map(column -> column + " = coalesce(p." + column + ", m." + column + ")")
                    .collect(Collectors.joining(", "))
            + ", payload = coalesce(p.payload, '{}'::jsonb) || m.facts, updated_at = now() from ("
            + merged("property_id", "property_id is not null") + ") m where p.id = m.target";

    /**
     * The new properties, in address-key order; each row of theirs learns its id by the address key (unique among
     * them) or, without one, by parcel number and state (which every row without an address has): see
     * {@link #placeKey}. The conflict
     * clause only meets an address stored since {@link #MATCH} by a writer that does not take the lock.
     */
    private static final String INSERT = """
            with inserted as (
                insert into properties (source, %1$s, payload, created_by_id)
                select 'OFF_MLS', %1$s, m.facts, ?::bigint from (%2$s) m order by m.address_key, m.target
                on conflict (address_key) where source = 'OFF_MLS' and address_key is not null do update set
                       %3$s, payload = coalesce(properties.payload, '{}'::jsonb) || excluded.payload,
                       updated_at = now()
                returning id, address_key, parcel_number, state_or_province, (xmax = 0) as created),
            placed as (
                update off_market_chunk c set property_id = i.id
                  from inserted i join off_market_chunk f
                       on f.follows is null and f.property_id is null
                          and %4$s = %5$s
                 where c.property_id is null and coalesce(c.follows, c.line) = f.line)
            select count(*) filter (where created) from inserted""".formatted(
            String.join(", ", NAMED) + ", " + String.join(", ", FILLED),
            merged("coalesce(follows, line)", "property_id is null"),
            FILLED.stream().map(column -> column + " = coalesce(properties." + column + ", excluded." + column + ")")
                    .collect(Collectors.joining(", ")),
            placeKey("f"), placeKey("i"));

    /**
     * What names a new property among the chunk's: its address key, or without one its parcel number and state. One
     * expression on both sides, so that a chunk's rows find their new property by hashing, not by comparing every
     * row with every new property (an {@code or} of the two conditions cannot be hashed).
     */
    private static String placeKey(String alias) {
        return ("(case when %1$s.address_key is not null then 'a|' || %1$s.address_key"
                + " else 'p|' || %1$s.parcel_number || '|' || %1$s.state_or_province end)").formatted(alias);
    }

    /** One factory for every row: {@code Json.createObjectBuilder()} looks its provider up again at each call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    /** Beyond this, living_area's numeric(14, 2) and lot_size_area's numeric(16, 4) overflow. */
    private static final BigDecimal MAX_AREA = new BigDecimal("1e12");
    /** The most bathrooms a list's figure is taken for (a count, as ListRowReader's whole numbers). */
    private static final BigDecimal MAX_BATHROOMS = BigDecimal.valueOf(10_000);

    private final Connection connection;

    public OffMarketProperties(Connection connection) {
        this.connection = connection;
    }

    /** Where each row's property now is, and how many were new. */
    public record Placed(Map<Long, Long> propertyByLine, int created, int matched) {
    }

    /** @param createdBy who the new records belong to ({@code null}: administrators only see them) */
    public Placed place(List<ListRow> rows, Long createdBy) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(STAGING);
        }
        connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(staged(rows)));
        // a temp table has no statistics until analysed; they survive the rows' deletion at commit, so the first
        // chunk on a connection analyses for the rest
        try (PreparedStatement analysed = connection.prepareStatement(NEVER_ANALYSED)) {
            if (single(analysed) == 1) {
                execute("analyze off_market_chunk");
            }
        }
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK);
            lock.execute();
        }
        execute(MATCH);
        execute(FOLLOW);
        execute(REFRESH);
        int created;
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, createdBy, Types.BIGINT);
            created = (int) single(insert);
        }
        Map<Long, Long> placed = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select line, property_id from off_market_chunk order by line");
                ResultSet result = query.executeQuery()) {
            while (result.next()) {
                placed.put(result.getLong(1), result.getLong(2));
            }
        }
        return new Placed(placed, created, rows.size() - created);
    }

    /**
     * Each property's rows as one, in line order: the first row's name, the first value of each filled column, the
     * last row's facts.
     *
     * @param target what groups the rows of one property
     * @param rows   which rows
     */
    private static String merged(String target, String rows) {
        return "select " + target + " as target, "
                + NAMED.stream().map(column -> "(array_agg(" + column + " order by line))[1] as " + column)
                        .collect(Collectors.joining(", ")) + ", "
                + FILLED.stream().map(column -> "(array_agg(" + column + " order by line) filter (where " + column
                        + " is not null))[1] as " + column).collect(Collectors.joining(", "))
                + ", (array_agg(facts order by line desc))[1] as facts from off_market_chunk where " + rows
                + " group by 1";
    }

    /** The rows in the staging table's columns, clipped to the widths of {@code properties}. */
    private static String staged(List<ListRow> rows) {
        CopyText copy = new CopyText();
        for (ListRow row : rows) {
            ListRow.Place place = row.property();
            BigDecimal bathrooms = size(row.bathrooms(), MAX_BATHROOMS);
            copy.add(row.line()).add(clip(place.street(), 255)).add(clip(place.unit(), 25))
                    .add(clip(place.city(), 50)).add(place.state()).add(place.zip()).add(place.key())
                    .add(row.apn()).add(clip(row.county(), 50)).add(clip(row.propertyType(), 50))
                    .add(row.bedrooms()).add(bathrooms == null ? null : bathrooms.intValue())
                    .add(size(row.livingArea(), MAX_AREA)).add(size(row.lotSize(), MAX_AREA))
                    .add(row.yearBuilt()).add(row.latitude()).add(row.longitude()).add(facts(row)).endRow();
        }
        return copy.toString();
    }

    /** The list's view of the owner's position, kept in the property's payload under "ownerFacts". */
    static String facts(ListRow row) {
        JsonObjectBuilder facts = JSON.createObjectBuilder();
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
        return JSON.createObjectBuilder().add("ownerFacts", facts).build().toString();
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

    /** A size the column can hold, or {@code null} (unknown) for a negative one or one beyond any real house. */
    private static BigDecimal size(BigDecimal value, BigDecimal max) {
        return value == null || value.signum() < 0 || value.compareTo(max) >= 0 ? null : value;
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long single(PreparedStatement query) throws SQLException {
        try (ResultSet result = query.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
