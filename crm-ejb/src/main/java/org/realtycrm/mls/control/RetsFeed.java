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
import org.realtycrm.platform.mime.Multipart;

/**
 * {@link ListingFeed} on a RETS 1.7.2 server: Login with HTTP Digest, Search with a DMQL2 query on the
 * modification time in COMPACT-DECODED format, GetObject for photos, Logout on {@link #close()}. One instance per
 * feed, with its own session, cookies and pacing ({@link RetsSession}).
 * <p>
 * <b>Replication.</b> DMQL2 has no "after (T, K)" and RETS 1.7.2 no sort order, so a replication from the cursor
 * (T, K) asks for the modification times at or after T (cut to whole seconds) and reads the answer page by page with
 * {@code Offset}. From its rows the adapter drops those at or before the cursor (an earlier timestamp, or T itself
 * with a key ≤ K: the records the last replication applied) and sorts each page by (timestamp, key).
 * <p>
 * <b>Windows.</b> Because the server's order is not the cursor's, no cursor inside an answer is safe until the
 * whole answer has been read. A query whose COUNT exceeds {@link RetsSettings#pagesPerWindow()} pages is therefore
 * cut into windows of modification time, oldest first ({@link RetsWindow}): {@code (F=T-U)}, then from U on, each
 * read whole before the next. A page's cursor stays at the start of its window until the window's last page, whose
 * cursor is the highest (timestamp, key) delivered so far; a sync that fails repeats only the window it was in (a
 * first load of a large MLS goes on from its last whole window). A window starts at the last second of the one
 * before and drops what that one delivered by the same key rule, so a timestamp with a fraction of the boundary
 * second is never lost whichever side of it the server puts it. Resuming from a stored cursor never skips a record:
 * every record at or before it was delivered, and a record modified later has a later timestamp. The last window is
 * open ({@code (F=T+)}); a query that fits in one window is that one request sequence, as before windows existed.
 * <p>
 * <b>Rows that move while a window is read.</b> Offset paging sees a consecutive slice of the answer as it is at
 * each request. A bounded window ends an hour before now, so its rows can only leave it (a listing modified meanwhile
 * takes a later timestamp, or is deleted): every row after it moves one place forward, and the next Offset would
 * skip one. Each page asks for the COUNT again; when it fell by d, the page is read again d rows earlier (a few rows
 * come twice, which the sync finds already current) and the listing that left comes again in a later window. A
 * listing modified while the open window is read stays in it; a server that orders that answer by modification time
 * moves it to the end, where it comes again.
 */
public final class RetsFeed implements ListingFeed, AutoCloseable {

    static final String EVERY_LISTING_SINCE = "1970-01-01T00:00:00";
    private static final LocalDateTime FIRST_MODIFICATION = LocalDateTime.parse(EVERY_LISTING_SINCE);
    private static final DateTimeFormatter DMQL_DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private final RetsSettings settings;
    private final RetsSession session;
    private final RetsRosters rosters;
    private final Clock clock;
    private final OpenQueries<OpenQuery> openQueries = new OpenQueries<>();

    /**
     * Where one replication query stands: the window being read, the cursor it started from (what earlier windows
     * delivered), the highest record so far, the next Offset, and the COUNT of the window's last page (empty before
     * its first).
     */
    private record OpenQuery(RetsWindow window, ReplicationCursor from, ReplicationCursor highest, int nextOffset,
                             OptionalInt lastCount) {

        static OpenQuery windowFrom(RetsWindow window, ReplicationCursor from) {
            return new OpenQuery(window, from, from, 1, OptionalInt.empty());
        }
    }

    private RetsFeed(RetsSettings settings, RetsSession session, Clock clock) {
        this.settings = settings;
        this.session = session;
        this.rosters = new RetsRosters(this, settings);
        this.clock = clock;
    }

    /** A feed with its own session and pacing, on the system clock. Logs in at its first request. */
    public static RetsFeed of(RetsSettings settings) {
        return of(settings, Clock.systemUTC(), Sleeper.REAL);
    }

    public static RetsFeed of(RetsSettings settings, Clock clock, Sleeper sleeper) {
        return new RetsFeed(settings, new RetsSession(settings, clock, sleeper), clock);
    }

    @Override
    public ListingPage changedSince(ReplicationCursor cursor) {
        LocalDateTime since = cursor.isStart() ? FIRST_MODIFICATION : serverTime(cursor.modificationTimestamp());
        return replicationPage(OpenQuery.windowFrom(RetsWindow.openFrom(since), cursor));
    }

    @Override
    public ListingPage next(ListingPage page) {
        OpenQuery open = openQueries.take(page.hasMore(), page.nextLink());
        return replicationPage(open);
    }

    /** The next page of the query: the window narrowed or the page read again first, if its COUNT asks for it. */
    private ListingPage replicationPage(OpenQuery open) {
        OpenQuery reading = open;
        while (true) {
            URI url = replicationUrl(reading);
            RetsReplies.SearchAnswer answer = search(url);
            Optional<OpenQuery> instead = instead(reading, answer.count());
            if (instead.isEmpty()) {
                return replicationPage(reading, answer, url);
            }
            reading = instead.get();
        }
    }

    /**
     * What to read instead of the answer just received: on a window's first page, its first half when it holds more
     * than {@link #windowRows()}; on a later page, the page again as many rows earlier as the COUNT fell since
     * the page before (rows that left the window moved the rest forward).
     */
    private Optional<OpenQuery> instead(OpenQuery reading, OptionalInt count) {
        if (count.isEmpty()) {
            return Optional.empty();
        }
        if (reading.lastCount().isEmpty() && reading.nextOffset() == 1 && count.getAsInt() > windowRows()) {
            return reading.window().narrower(serverNow())
                    .map(narrower -> OpenQuery.windowFrom(narrower, reading.from()));
        }
        if (reading.lastCount().isPresent() && count.getAsInt() < reading.lastCount().getAsInt()) {
            int left = reading.lastCount().getAsInt() - count.getAsInt();
            return Optional.of(new OpenQuery(reading.window(), reading.from(), reading.highest(),
                    Math.max(1, reading.nextOffset() - left), count));
        }
        return Optional.empty();
    }

    private ListingPage replicationPage(OpenQuery reading, RetsReplies.SearchAnswer answer, URI url) {
        List<ListingRecord> records = new ArrayList<>();
        for (Map<String, String> row : answer.rows()) {
            ListingRecord record = listing(row, url);
            if (after(record.cursor(), reading.from())) {
                records.add(record);
            }
        }
        records.sort(Comparator.comparing(ListingRecord::modificationTimestamp).thenComparing(ListingRecord::listingKey));
        ReplicationCursor highest = reading.highest();
        if (!records.isEmpty() && after(records.get(records.size() - 1).cursor(), highest)) {
            highest = records.get(records.size() - 1).cursor();
        }
        int nextOffset = reading.nextOffset() + answer.rows().size();
        if (more(answer, nextOffset)) {
            return continued(records, reading.from(), new OpenQuery(reading.window(), reading.from(), highest,
                    nextOffset, answer.count()));
        }
        // the window is whole: everything up to its highest record is delivered
        Optional<RetsWindow> following = reading.window().following(
                answer.count().orElse(nextOffset - 1), Math.max(1, windowRows() / 2), serverNow());
        if (following.isEmpty()) {
            return new ListingPage(records, highest, Optional.empty(), false);
        }
        return continued(records, highest, OpenQuery.windowFrom(following.get(), highest));
    }

    /** A page after which {@code next} continues: its URL keeps where the query stands. */
    private ListingPage continued(List<ListingRecord> records, ReplicationCursor cursor, OpenQuery next) {
        URI url = replicationUrl(next);
        openQueries.put(url, next);
        return new ListingPage(records, cursor, Optional.of(url), true);
    }

    private URI replicationUrl(OpenQuery query) {
        return searchUrl(query.window().dmql(settings.modificationField()), replicationSelect(), query.nextOffset());
    }

    /** The rows one window aims at, at most: its pages of Limit rows. */
    private int windowRows() {
        return (int) Math.min(Integer.MAX_VALUE, (long) settings.pagesPerWindow() * settings.pageLimit());
    }

    /** Now on the server's clock, in its zone (our clock: the windows' hour of margin covers the difference). */
    private LocalDateTime serverNow() {
        return LocalDateTime.ofInstant(clock.instant(), settings.serverZone());
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
        List<Multipart.Part> parts;
        if (contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            String boundary = Multipart.boundary(contentType).orElseThrow(() ->
                    new FeedUnavailableException("a multipart answer without boundary", 200, url, 1));
            try {
                parts = Multipart.parse(response.body(), boundary);
            } catch (IllegalArgumentException e) {
                throw new FeedUnavailableException("the GetObject answer is broken: " + e.getMessage(), 200, url, 1, e);
            }
        } else {
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
            parts = List.of(new Multipart.Part(headers, response.body()));
        }
        List<MediaRecord> media = new ArrayList<>();
        for (Multipart.Part part : parts) {
            mediaRecord(part, listingKey, url).ifPresent(media::add);
        }
        media.sort(Comparator.comparingInt(m -> m.order().orElse(Integer.MAX_VALUE)));
        return media;
    }

    /** One part as a media record; empty for a part that is a RETS reply "no object found". */
    private Optional<MediaRecord> mediaRecord(Multipart.Part part, String listingKey, URI url) {
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

    /** {@code t} in the server's zone, cut to whole seconds (earlier, never later, than {@code t}). */
    LocalDateTime serverTime(Instant t) {
        return LocalDateTime.ofInstant(t.truncatedTo(ChronoUnit.SECONDS), settings.serverZone());
    }

    /** {@code t} as a DMQL2 date-time in the server's zone (the roster's searches). */
    String dmqlDateTime(Instant t) {
        return DMQL_DATETIME.format(serverTime(t));
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
