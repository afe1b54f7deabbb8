package org.realtycrm.property.site;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.realtycrm.platform.site.SiteDataException;
import org.realtycrm.platform.site.SiteDatabase;

/**
 * The listings the public may see, read from the view {@code site_listings} (which holds the IDX display rule) with
 * plain SQL: search, one listing with its photos and price history, and the ids the sitemap lists.
 */
@ApplicationScoped
public class SiteListings {

    /** Counting stops here: "over 2,000 homes" is as useful to a visitor as the exact number, and far cheaper. */
    static final int COUNT_CAP = 2_000;
    static final int SITEMAP_PAGE = 40_000;

    private static final String COLUMNS = "l.id, l.listing_id, l.standard_status, l.property_type, "
            + "l.property_sub_type, l.list_price, l.original_list_price, l.close_price, l.close_date, "
            + "l.bedrooms_total, l.bathrooms_total_integer, l.living_area, l.lot_size_area, l.year_built, l.street, "
            + "l.city, l.state_or_province, l.postal_code, l.county_or_parish, l.latitude, l.longitude, "
            + "l.public_remarks, l.list_agent_full_name, l.list_office_name, l.modification_timestamp, l.feed_name, "
            + "cover.id, cover.version";
    /** Each listing's first photo, if it has one. */
    private static final String COVER = " left join lateral (select ph.id, ph.version from site_listing_photos ph "
            + "where ph.property_id = l.id order by ph.media_order, ph.id limit 1) cover on true";

    static final Duration TYPES_FOR = Duration.ofMinutes(5);

    @Resource(lookup = SiteDatabase.JNDI_NAME)
    DataSource database;

    private record TypesRead(List<String> types, Instant at) {
    }

    private volatile TypesRead types;

    static final Duration COUNTS_FOR = Duration.ofSeconds(60);
    private static final int COUNTS_HELD = 2_000;

    private record Count(int total, Instant at) {
    }

    /** The latest searches' counts, the least recently used forgotten first. */
    private final Map<String, Count> counts = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
            return size() > COUNTS_HELD;
        }
    };

    public record Found(List<Listing> listings, int total, boolean moreThanTotal, int page, int pages) {

        /** The listings as the page prints them ({@link Listing#shown()}). */
        public List<Map<String, Object>> shown() {
            return listings.stream().map(Listing::shown).toList();
        }
    }

    /** A photo, and the version of it that makes its address change when it does. */
    public record Photo(long id, boolean hasThumbnail, String version) {
    }

    public record PriceChange(Instant at, String what) {
    }

    public Found search(ListingFilter filter) {
        Where where = Where.of(filter);
        String from = " from site_listings l where " + where.sql();
        try (Connection db = database.getConnection()) {
            int total = counted(db, where, from);
            int pages = Math.max(1, (int) Math.ceil(Math.min(total, COUNT_CAP) / (double) ListingFilter.PAGE_SIZE));
            int page = Math.min(filter.page(), pages);
            List<Listing> listings = new ArrayList<>();
            // a search that finds few (it was counted to the end) reads them all by its conditions' indexes and
            // sorts them; left to itself, the planner would often walk the newest-first index until it found a
            // page of them, through most of the listings when they are rare (a city with five bedrooms)
            String source = total <= COUNT_CAP
                    ? " from (select * from site_listings l where " + where.sql() + " offset 0) l" + COVER
                    : " from site_listings l" + COVER + " where " + where.sql();
            try (PreparedStatement select = db.prepareStatement("select " + COLUMNS + source + " order by "
                    + filter.sort().orderBy + " limit ? offset ?")) {
                int next = where.bind(select, 1);
                select.setInt(next, ListingFilter.PAGE_SIZE);
                select.setInt(next + 1, (page - 1) * ListingFilter.PAGE_SIZE);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        listings.add(listing(rows));
                    }
                }
            }
            return new Found(listings, Math.min(total, COUNT_CAP), total > COUNT_CAP, page, pages);
        } catch (SQLException e) {
            throw new SiteDataException("listing search", e);
        }
    }

    /**
     * How many listings a search finds (up to {@link #COUNT_CAP} + 1), remembered for {@link #COUNTS_FOR} per
     * search: its next pages and the same search by others need not count again (counting is most of a search's
     * database time). A page is cached as long by browsers anyway (Pages.notModified).
     */
    private int counted(Connection db, Where where, String from) throws SQLException {
        String key = where.sql() + where.values().stream().map(v -> v instanceof String[] texts
                ? String.join(",", texts) : String.valueOf(v)).toList();
        Instant now = Instant.now();
        synchronized (counts) {
            Count held = counts.get(key);
            if (held != null && held.at().plus(COUNTS_FOR).isAfter(now)) {
                return held.total();
            }
        }
        int total;
        try (PreparedStatement count = db.prepareStatement("select count(*) from (select 1" + from + " limit "
                + (COUNT_CAP + 1) + ") c")) {
            where.bind(count, 1);
            total = single(count);
        }
        synchronized (counts) {
            counts.put(key, new Count(total, now));
        }
        return total;
    }

    /** The newest listings on the market, for the home page. */
    public List<Listing> newest(int count) {
        return query("select " + COLUMNS + " from site_listings l" + COVER + " where l.standard_status in ("
                + "'Active', 'Coming Soon') order by l.id desc limit " + count);
    }

    /** A listing's page: the listing, its photos and its history, read on one connection; empty when not public. */
    public record Page(Listing listing, List<Photo> photos, List<PriceChange> history) {
    }

    public Optional<Page> page(long id) {
        try (Connection db = database.getConnection()) {
            Optional<Listing> listing = find(db, id);
            return listing.isEmpty() ? Optional.empty()
                    : Optional.of(new Page(listing.get(), photos(db, id), history(db, id)));
        } catch (SQLException e) {
            throw new SiteDataException("listing " + id, e);
        }
    }

    public Optional<Listing> find(long id) {
        try (Connection db = database.getConnection()) {
            return find(db, id);
        } catch (SQLException e) {
            throw new SiteDataException("listing " + id, e);
        }
    }

    /**
     * The listings among these ids that the public sees, by id (a client's saved homes): one that left the site
     * (withdrawn, or withheld by its feed) is not among them.
     */
    public Map<Long, Listing> byIds(Collection<Long> ids) {
        Map<Long, Listing> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        try (Connection db = database.getConnection(); PreparedStatement select = db.prepareStatement(
                "select " + COLUMNS + " from site_listings l" + COVER + " where l.id = any (?)")) {
            select.setArray(1, db.createArrayOf("bigint", ids.toArray(Long[]::new)));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Listing listing = listing(rows);
                    found.put(listing.id(), listing);
                }
            }
            return found;
        } catch (SQLException e) {
            throw new SiteDataException("listings by id", e);
        }
    }

    private static Optional<Listing> find(Connection db, long id) throws SQLException {
        // a parameter, not the id in the text: the driver and the server then parse and plan it once per connection
        try (PreparedStatement select = db.prepareStatement(
                "select " + COLUMNS + " from site_listings l" + COVER + " where l.id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(listing(row)) : Optional.empty();
            }
        }
    }

    private static List<Photo> photos(Connection db, long listingId) throws SQLException {
        List<Photo> photos = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("select id, has_thumbnail, version from "
                + "site_listing_photos where property_id = ? order by media_order, id")) {
            select.setLong(1, listingId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    photos.add(new Photo(rows.getLong(1), rows.getBoolean(2), rows.getString(3)));
                }
            }
        }
        return photos;
    }

    /** Its list price and status changes, newest first. */
    private static List<PriceChange> history(Connection db, long listingId) throws SQLException {
        List<PriceChange> changes = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement(
                "select changed_at, field, old_price, new_price, old_status, new_status from site_price_history "
                        + "where property_id = ? order by changed_at desc limit 50")) {
            select.setLong(1, listingId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    changes.add(new PriceChange(rows.getTimestamp(1).toInstant(), "LIST_PRICE".equals(rows.getString(2))
                            ? priceChange(rows.getBigDecimal(3), rows.getBigDecimal(4))
                            : statusChange(rows.getString(5), rows.getString(6))));
                }
            }
        }
        return changes;
    }

    private static String priceChange(java.math.BigDecimal from, java.math.BigDecimal to) {
        if (from == null) {
            return "Listed at " + Listing.money(to);
        }
        return "Price " + (to != null && to.compareTo(from) < 0 ? "reduced" : "changed") + " from "
                + Listing.money(from) + " to " + Listing.money(to);
    }

    private static String statusChange(String from, String to) {
        return from == null ? "Status: " + to : "Status changed from " + from + " to " + to;
    }

    /**
     * The property types on offer, for the search form's list: read again after {@link #TYPES_FOR} (finding them
     * reads every public listing, too much for every page; a new type is rare).
     */
    public List<String> propertyTypes() {
        TypesRead held = types;
        Instant now = Instant.now();
        if (held == null || held.at().plus(TYPES_FOR).isBefore(now)) {
            held = new TypesRead(readPropertyTypes(), now);
            types = held;
        }
        return held.types();
    }

    private List<String> readPropertyTypes() {
        List<String> types = new ArrayList<>();
        try (Connection db = database.getConnection(); PreparedStatement select = db.prepareStatement(
                "select distinct property_type from site_listings where property_type is not null "
                        + "order by property_type limit 50"); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                types.add(rows.getString(1));
            }
            return types;
        } catch (SQLException e) {
            throw new SiteDataException("property types", e);
        }
    }

    /** One sitemap's share of the listings (1-based), by id: each with its page's path and last change. */
    public List<Listing> sitemapPage(int page) {
        return query("select " + COLUMNS.replace("cover.id, cover.version", "null, null") + " from site_listings l "
                + "order by l.id limit " + SITEMAP_PAGE + " offset " + (long) (page - 1) * SITEMAP_PAGE);
    }

    public int count() {
        try (Connection db = database.getConnection();
                PreparedStatement count = db.prepareStatement("select count(*) from site_listings")) {
            return single(count);
        } catch (SQLException e) {
            throw new SiteDataException("listing count", e);
        }
    }

    /** The latest change of any public listing: what the sitemap's and the home page's freshness follow. */
    public Instant lastChange() {
        try (Connection db = database.getConnection(); PreparedStatement select = db.prepareStatement(
                "select max(modification_timestamp) from site_listings"); ResultSet row = select.executeQuery()) {
            row.next();
            Timestamp at = row.getTimestamp(1);
            return at == null ? Instant.EPOCH : at.toInstant();
        } catch (SQLException e) {
            throw new SiteDataException("last listing change", e);
        }
    }

    private List<Listing> query(String sql) {
        List<Listing> listings = new ArrayList<>();
        try (Connection db = database.getConnection(); PreparedStatement select = db.prepareStatement(sql);
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                listings.add(listing(rows));
            }
            return listings;
        } catch (SQLException e) {
            throw new SiteDataException("listings", e);
        }
    }

    private static Listing listing(ResultSet row) throws SQLException {
        Timestamp modified = row.getTimestamp(25);
        Long cover = longOrNull(row, 27);
        return new Listing(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                row.getBigDecimal(6), row.getBigDecimal(7), row.getBigDecimal(8),
                row.getDate(9) == null ? null : row.getDate(9).toLocalDate(), integer(row, 10), integer(row, 11),
                row.getBigDecimal(12), row.getBigDecimal(13), integer(row, 14), row.getString(15), row.getString(16),
                row.getString(17), row.getString(18), row.getString(19), row.getBigDecimal(20), row.getBigDecimal(21),
                row.getString(22), row.getString(23), row.getString(24), modified == null ? null : modified.toInstant(),
                row.getString(26), cover, row.getString(28));
    }

    private static Long longOrNull(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static Integer integer(ResultSet row, int column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private static int single(PreparedStatement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    /** A search's conditions and their values, bound in order. */
    private record Where(String sql, List<Object> values) {

        static Where of(ListingFilter filter) {
            List<String> conditions = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            conditions.add("l.standard_status = any (?)");
            values.add(filter.market().statuses.toArray(String[]::new));
            if (filter.text() != null) {
                // the search_text trigram index answers this (migration V9)
                conditions.add("l.search_text like ?");
                values.add("%" + likeEscaped(filter.text().toLowerCase(Locale.ROOT)) + "%");
            }
            if (filter.city() != null) {
                // the view's lower-case city: an equality PostgreSQL may take to the index through the view's barrier
                conditions.add("l.city_key = ?");
                values.add(filter.city().toLowerCase(Locale.ROOT));
            }
            if (filter.postalCode() != null) {
                conditions.add("l.postal_code = ?");
                values.add(filter.postalCode());
            }
            if (filter.minPrice() != null) {
                conditions.add("l.list_price >= ?");
                values.add(filter.minPrice());
            }
            if (filter.maxPrice() != null) {
                conditions.add("l.list_price <= ?");
                values.add(filter.maxPrice());
            }
            if (filter.beds() != null) {
                conditions.add("l.bedrooms_total >= ?");
                values.add(filter.beds());
            }
            if (filter.baths() != null) {
                conditions.add("l.bathrooms_total_integer >= ?");
                values.add(filter.baths());
            }
            if (filter.type() != null) {
                conditions.add("l.property_type = ?");
                values.add(filter.type());
            }
            return new Where(String.join(" and ", conditions), values);
        }

        private static String likeEscaped(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }

        /** Binds the values from {@code first}; answers the next parameter's index. */
        int bind(PreparedStatement statement, int first) throws SQLException {
            int index = first;
            for (Object value : values) {
                if (value instanceof String[] texts) {
                    statement.setArray(index++, statement.getConnection().createArrayOf("varchar", texts));
                } else {
                    statement.setObject(index++, value);
                }
            }
            return index;
        }
    }
}
