package org.realtycrm.mls.control;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import org.realtycrm.mls.entity.Roster;

/**
 * {@link ListingFeed} on a RETS 1.7.2 server: Login with HTTP Digest, Search with a DMQL2 query on the
 * modification time in COMPACT-DECODED format, GetObject for photos, Logout on {@link #close()}. One instance per
 * feed, with its own session, cookies and pacing ({@link RetsSession}).
 * <p>
 * <b>Replication.</b> DMQL2 has no "after (T, K)" and RETS 1.7.2 no sort order, so a replication from the cursor
 * (T, K) is one query, {@code (ModificationTimestamp=T+)} (at or after T, T cut to whole seconds), read page by
 * page with {@code Offset}. From its rows the adapter drops those at or before the cursor (an earlier timestamp, or
 * T itself with a key ≤ K: the records the last replication applied) and sorts each page by (timestamp, key).
 * Within the query nothing is skipped or repeated: its pages are consecutive slices of one result. Because the
 * server's order is not the cursor's, the page cursor stays at the query's start until the last page, whose cursor
 * is the highest (timestamp, key) of the whole query. Resuming from a stored cursor therefore never skips a record:
 * after a complete query every record at or before the new cursor was delivered, and a record modified later has a
 * later timestamp; after an interrupted query the next one starts where that one did and repeats only its records,
 * which the sync finds already current. A boundary inside a run of equal timestamps is no special case: the next
 * query asks for T again and the key rule removes exactly what was applied.
 */
public final class RetsFeed implements ListingFeed, AutoCloseable {

    static final String EVERY_LISTING_SINCE = "1970-01-01T00:00:00";
    private static final DateTimeFormatter DMQL_DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final int OPEN_QUERIES = 8;

    private final RetsSettings settings;
    private final RetsSession session;
    private final RetsRosters rosters;
    /** The queries being read, by the URL of their next page. */
    private final Map<URI, OpenQuery> openQueries = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<URI, OpenQuery> eldest) {
            return size() > OPEN_QUERIES;
        }
    };

    /** Where one replication query stands: what it started from, the highest record so far, the next Offset. */
    private record OpenQuery(String query, ReplicationCursor from, ReplicationCursor highest, int nextOffset) {
    }

    private RetsFeed(RetsSettings settings, RetsSession session) {
        this.settings = settings;
        this.session = session;
        this.rosters = new RetsRosters(this, settings);
    }

    /** A feed with its own session and pacing, on the system clock. Logs in at its first request. */
    public static RetsFeed of(RetsSettings settings) {
        return of(settings, Clock.systemUTC(), Sleeper.REAL);
    }

    public static RetsFeed of(RetsSettings settings, Clock clock, Sleeper sleeper) {
        return new RetsFeed(settings, new RetsSession(settings, clock, sleeper));
    }

    @Override
    public ListingPage changedSince(ReplicationCursor cursor) {
        String since = cursor.isStart() ? EVERY_LISTING_SINCE : dmqlDateTime(cursor.modificationTimestamp());
        String query = "(" + settings.modificationField() + "=" + since + "+)";
        return replicationPage(new OpenQuery(query, cursor, cursor, 1));
    }

    @Override
    public ListingPage next(ListingPage page) {
        if (!page.hasMore() || page.nextLink().isEmpty()) {
            throw new IllegalStateException("the feed said no page follows this one");
        }
        OpenQuery open;
        synchronized (openQueries) {
            open = openQueries.remove(page.nextLink().get());
        }
        if (open == null) {
            throw new IllegalStateException("not the latest page of a query this feed is reading: start again from its cursor");
        }
        return replicationPage(open);
    }

    private ListingPage replicationPage(OpenQuery open) {
        URI url = searchUrl(open.query(), replicationSelect(), open.nextOffset());
        RetsReplies.SearchAnswer answer = search(url);
        List<ListingRecord> records = new ArrayList<>();
        for (Map<String, String> row : answer.rows()) {
            ListingRecord record = listing(row, url);
            if (after(record.cursor(), open.from())) {
                records.add(record);
            }
        }
        records.sort(Comparator.comparing(ListingRecord::modificationTimestamp).thenComparing(ListingRecord::listingKey));
        ReplicationCursor highest = open.highest();
        if (!records.isEmpty() && after(records.get(records.size() - 1).cursor(), highest)) {
            highest = records.get(records.size() - 1).cursor();
        }
        int nextOffset = open.nextOffset() + answer.rows().size();
        if (!more(answer, nextOffset)) {
            return new ListingPage(records, highest, Optional.empty(), false);
        }
        URI next = searchUrl(open.query(), replicationSelect(), nextOffset);
        synchronized (openQueries) {
            openQueries.put(next, new OpenQuery(open.query(), open.from(), highest, nextOffset));
        }
        return new ListingPage(records, open.from(), Optional.of(next), true);
    }

    /**
     * More rows follow: the COUNT (asked for with every Search) is not reached; without a COUNT, the server said
     * MAXROWS or the page was full. The COUNT decides when present, so a server that ignores Offset cannot keep a
     * sync paging forever.
     */
    boolean more(RetsReplies.SearchAnswer answer, int nextOffset) {
        if (answer.rows().isEmpty()) {
            return false;
        }
        OptionalInt count = answer.count();
        if (count.isPresent()) {
            return nextOffset <= count.getAsInt();
        }
        return answer.maxRows() || answer.rows().size() >= settings.pageLimit();
    }

    /** Whether {@code record} comes after {@code cursor} in (timestamp, key) order. */
    static boolean after(ReplicationCursor record, ReplicationCursor cursor) {
        if (cursor.isStart()) {
            return true;
        }
        int byTime = record.modificationTimestamp().compareTo(cursor.modificationTimestamp());
        return byTime > 0 || byTime == 0 && record.listingKey().compareTo(cursor.listingKey()) > 0;
    }

    /**
     * Every object of {@link RetsSettings#photoType()} of the listing, by GetObject {@code ID=key:*}, in Object-ID
     * order: with {@code Location=0} their bytes ({@link MediaRecord#content()}), with {@code Location=1} their URLs.
     */
    @Override
    public List<MediaRecord> media(String listingKey) {
        URI getObject = session.capability("GetObject")
                .orElseThrow(() -> new FeedUnavailableException("the login named no GetObject URL", 0, settings.loginUrl(), 1));
        URI url = withQuery(getObject, parameters(
                "Resource", settings.resource(), "Type", settings.photoType(), "ID", listingKey + ":*",
                "Location", settings.photoUrls() ? "1" : "0"));
        HttpResponse<byte[]> response = session.get(url);
        String contentType = response.headers().firstValue("Content-Type").orElse("application/octet-stream");
        List<MultipartParallel.Part> parts;
        if (contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            String boundary = MultipartParallel.boundary(contentType).orElseThrow(() ->
                    new FeedUnavailableException("a multipart answer without boundary", 200, url, 1));
            try {
                parts = MultipartParallel.parse(response.body(), boundary);
            } catch (IllegalArgumentException e) {
                throw new FeedUnavailableException("the GetObject answer is broken: " + e.getMessage(), 200, url, 1, e);
            }
        } else {
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
            parts = List.of(new MultipartParallel.Part(headers, response.body()));
        }
        List<MediaRecord> media = new ArrayList<>();
        for (MultipartParallel.Part part : parts) {
            mediaRecord(part, listingKey, url).ifPresent(media::add);
        }
        media.sort(Comparator.comparingInt(m -> m.order().orElse(Integer.MAX_VALUE)));
        return media;
    }

    /** One part as a media record; empty for a part that is a RETS reply "no object found". */
    private Optional<MediaRecord> mediaRecord(MultipartParallel.Part part, String listingKey, URI url) {
        String type = part.header("Content-Type").orElse("application/octet-stream");
        if (type.toLowerCase(Locale.ROOT).startsWith("text/xml")) {
            OptionalInt code = RetsReplies.replyCodeOf(part.body(), url);
            if (code.isPresent() && code.getAsInt() == RetsReplies.NO_OBJECT_FOUND) {
                return Optional.empty();
            }
            if (code.isPresent() && code.getAsInt() != 0) {
                throw new FeedUnavailableException("the RETS server refused GetObject: ReplyCode " + code.getAsInt()
                        + " " + RetsReplies.replyText(part.body(), url), 200, url, 1);
            }
        }
        String contentId = part.header("Content-ID").orElse(listingKey);
        String objectId = part.header("Object-ID").orElseThrow(() ->
                new FeedUnavailableException("a GetObject part has no Object-ID", 200, url, 1));
        OptionalInt order;
        try {
            order = OptionalInt.of(Integer.parseInt(objectId.trim()));
        } catch (NumberFormatException e) {
            order = OptionalInt.empty();
        }
        Optional<String> location = part.header("Location");
        if (settings.photoUrls() && location.isEmpty()) {
            throw new FeedUnavailableException("a GetObject part with Location=1 has no Location", 200, url, 1);
        }
        Optional<MediaContent> content = location.isPresent() ? Optional.empty()
                : Optional.of(new MediaContent(type, part.body()));
        return Optional.of(new MediaRecord(contentId + ":" + objectId, contentId, location.orElse(null), order,
                Optional.of(settings.photoType()), Optional.empty(), content));
    }

    /** Every key: Search {@code Select=key} paged by Offset over the configured query (every listing since 1970). */
    @Override
    public Stream<String> allKeys() {
        String query = settings.allKeysQuery()
                .orElse("(" + settings.modificationField() + "=" + EVERY_LISTING_SINCE + "+)");
        String select = settings.keyField();
        return Stream.iterate(keyPage(query, select, 1), Objects::nonNull, page -> {
            int nextOffset = page.offset() + page.answer().rows().size();
            return more(page.answer(), nextOffset) ? keyPage(query, select, nextOffset) : null;
        }).flatMap(page -> page.answer().rows().stream().map(row -> required(row, settings.keyField(), page.url())));
    }

    private record KeyPage(RetsReplies.SearchAnswer answer, int offset, URI url) {
    }

    private KeyPage keyPage(String query, String select, int offset) {
        URI url = searchUrl(query, select, offset);
        return new KeyPage(search(url), offset, url);
    }

    /** The roster's records changed after the cursor, from the Search its settings name ({@link RetsRosters}). */
    @Override
    public Optional<RosterPage> rosterChangedSince(Roster roster, ReplicationCursor cursor) {
        return rosters.changedSince(roster, cursor);
    }

    @Override
    public RosterPage next(RosterPage page) {
        return rosters.next(page);
    }

    /** Logs out; a failing logout is ignored. The feed logs in again if used afterwards. */
    @Override
    public void close() {
        session.logout();
    }

    RetsReplies.SearchAnswer search(URI url) {
        return RetsReplies.search(session.get(url).body(), url);
    }

    private URI searchUrl(String query, String select, int offset) {
        return searchUrl(settings.resource(), settings.searchClass(), query, select, offset);
    }

    /** A Search of {@code resource} and {@code searchClass}: the listings', or a roster's ({@link RetsRosters}). */
    URI searchUrl(String resource, String searchClass, String query, String select, int offset) {
        URI search = session.capability("Search").orElseThrow();
        Map<String, String> p = parameters("SearchType", resource, "Class", searchClass,
                "QueryType", "DMQL2", "Format", "COMPACT-DECODED", "StandardNames", "0", "Query", query,
                "Limit", String.valueOf(settings.pageLimit()), "Offset", String.valueOf(offset), "Count", "1");
        if (select != null) {
            p.put("Select", select);
        }
        return withQuery(search, p);
    }

    /** The configured Select with the fields replication needs; null (every field) when none is configured. */
    private String replicationSelect() {
        if (settings.select().isEmpty()) {
            return null;
        }
        Set<String> fields = new LinkedHashSet<>();
        fields.add(settings.keyField());
        fields.add(settings.modificationField());
        settings.photosChangeField().ifPresent(fields::add);
        settings.statusField().ifPresent(fields::add);
        fields.addAll(settings.select());
        return String.join(",", fields);
    }

    private ListingRecord listing(Map<String, String> row, URI url) {
        String key = required(row, settings.keyField(), url);
        Instant modified = timestamp(required(row, settings.modificationField(), url), settings.serverZone(), url);
        Optional<Instant> photos = settings.photosChangeField().map(row::get).filter(v -> !v.isBlank())
                .map(v -> timestamp(v, settings.serverZone(), url));
        boolean deletion = settings.statusField().map(row::get).map(String::trim)
                .filter(settings.deletedStatuses()::contains).isPresent();
        JsonObjectBuilder raw = Json.createObjectBuilder();
        row.forEach(raw::add);
        return new ListingRecord(key, modified, photos, raw.build(), deletion, List.of());
    }

    static String required(Map<String, String> row, String field, URI url) {
        String value = row.get(field);
        if (value == null || value.isBlank()) {
            throw new FeedUnavailableException("a record has no " + field, 200, url, 1);
        }
        return value.trim();
    }

    /** A DMQL2 DateTime in the server's zone, cut to whole seconds (earlier, never later, than {@code t}). */
    String dmqlDateTime(Instant t) {
        return DMQL_DATETIME.format(t.truncatedTo(ChronoUnit.SECONDS).atZone(settings.serverZone()));
    }

    /** A RETS timestamp: ISO-8601 with 'T' or a space, fractions optional, in the server's zone unless it names one. */
    static Instant timestamp(String value, ZoneId serverZone, URI url) {
        String text = value.trim().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException offsetMissing) {
            try {
                if (text.endsWith("Z")) {
                    return Instant.parse(text);
                }
                return LocalDateTime.parse(text).atZone(serverZone).toInstant();
            } catch (DateTimeException e) {
                throw new FeedUnavailableException("the timestamp " + value + " is not ISO-8601", 200, url, 1, e);
            }
        }
    }

    private static Map<String, String> parameters(String... namesAndValues) {
        Map<String, String> p = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            p.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return p;
    }

    /** {@code base} with the parameters as its query, percent-encoded (a space is %20, a plus %2B). */
    private static URI withQuery(URI base, Map<String, String> parameters) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> query.append(query.length() == 0 ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
        String plain = base.toString();
        int question = plain.indexOf('?');
        String withoutQuery = question < 0 ? plain : plain.substring(0, question);
        String existing = question < 0 ? "" : plain.substring(question + 1);
        return URI.create(withoutQuery + "?" + (existing.isEmpty() ? "" : existing + "&") + query);
    }

    @Override
    public String toString() {
        return "RetsFeed[" + settings + "]";
    }
}
