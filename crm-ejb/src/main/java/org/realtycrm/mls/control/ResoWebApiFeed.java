package org.realtycrm.mls.control;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.realtycrm.mls.entity.Roster;

/**
 * {@link ListingFeed} on a RESO Web API (OData v4) server. Replication asks for {@code $filter} from the
 * {@link ReplicationCursor} with {@code $orderby=ModificationTimestamp,ListingKey}; a next page follows the server's
 * {@code @odata.nextLink} where it gives one, and otherwise asks again from the last record's cursor (never by page
 * number). Key reconciliation and a listing's Media are single queries: they follow the nextLink, or {@code $skip}
 * where the server gives none. The roster (Member and Office records) replicates as the listings do, by its own
 * cursor on (ModificationTimestamp, MemberKey or OfficeKey), with {@code $select} of the fields the sync keeps. Every
 * request goes through {@link FeedRequests} (limits, retries, tokens, gzip).
 */
public final class ResoWebApiFeed implements ListingFeed {

    private static final List<String> REPLICATION_FIELDS =
            List.of("ListingKey", "ModificationTimestamp", "PhotosChangeTimestamp", "StandardStatus");

    private final ResoWebApiSettings settings;
    private final FeedRequests requests;

    ResoWebApiFeed(ResoWebApiSettings settings, FeedRequests requests) {
        this.settings = settings;
        this.requests = requests;
    }

    /** A feed with its own HTTP client, tokens and pacing, waiting on the system clock. */
    public static ResoWebApiFeed of(ResoWebApiSettings settings) {
        return of(settings, Clock.systemUTC(), Sleeper.REAL);
    }

    public static ResoWebApiFeed of(ResoWebApiSettings settings, Clock clock, Sleeper sleeper) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(settings.limits().connectTimeout()).build();
        AccessTokens tokens = settings.usesClientCredentials()
                ? new OAuth2ClientCredentials(http, settings, clock)
                : new StaticBearerToken(settings.staticToken());
        RequestPacing pacing = settings.limits().pacing(clock, sleeper);
        return new ResoWebApiFeed(settings, new FeedRequests(http, tokens, pacing, sleeper, clock, settings));
    }

    @Override
    public ListingPage changedSince(ReplicationCursor cursor) {
        Set<String> select = new LinkedHashSet<>();
        if (!settings.select().isEmpty()) {
            select.addAll(REPLICATION_FIELDS);
            select.addAll(settings.select());
        }
        ODataQuery query = new ODataQuery()
                .with("$filter", filter(cursor.odataFilter()))
                .with("$orderby", "ModificationTimestamp,ListingKey")
                .with("$top", settings.pageSize())
                .with("$select", select.isEmpty() ? null : String.join(",", select))
                .with("$expand", settings.expandMedia() ? "Media" : null);
        return listingPage(resourceUrl(settings.resource(), query), cursor);
    }

    @Override
    public ListingPage next(ListingPage page) {
        if (!page.hasMore()) {
            throw new IllegalStateException("the feed said no page follows this one");
        }
        // A nextLink that pages by $skip is not followed: a listing modified while we read moves behind the cursor,
        // every later one shifts a place, and the record on the page boundary would never be read. The query from
        // the cursor is as cheap and cannot skip. An opaque link ($skiptoken) is the server's own keyset: followed.
        return page.nextLink().filter(link -> !pagesByOffset(link))
                .map(link -> listingPage(link, page.cursor()))
                .orElseGet(() -> changedSince(page.cursor()));
    }

    static boolean pagesByOffset(URI link) {
        String query = link.getRawQuery();
        return query != null && (query.contains("$skip=") || query.contains("%24skip="));
    }

    private ListingPage listingPage(URI url, ReplicationCursor from) {
        OData.Page answer = OData.page(requests.getJson(url), url);
        List<ListingRecord> records = new ArrayList<>();
        for (JsonObject record : answer.values()) {
            records.add(OData.listing(record, url));
        }
        ReplicationCursor cursor = records.isEmpty() ? from : records.get(records.size() - 1).cursor();
        boolean more = answer.nextLink().isPresent() || records.size() >= settings.pageSize();
        return new ListingPage(records, cursor, answer.nextLink(), more && !records.isEmpty());
    }

    @Override
    public Optional<RosterPage> rosterChangedSince(Roster roster, ReplicationCursor cursor) {
        try {
            return Optional.of(rosterQuery(roster, cursor));
        } catch (FeedUnavailableException e) {
            if (e.status() == 404) {
                // the service has no such entity set: many providers license listings without their roster
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public RosterPage next(RosterPage page) {
        if (!page.hasMore()) {
            throw new IllegalStateException("the feed said no page follows this one");
        }
        // as for listings (see next(ListingPage)): an offset link could skip a record, the cursor cannot
        return page.nextLink().filter(link -> !pagesByOffset(link))
                .map(link -> rosterPage(page.roster(), link, page.cursor()))
                .orElseGet(() -> rosterQuery(page.roster(), page.cursor()));
    }

    private RosterPage rosterQuery(Roster roster, ReplicationCursor cursor) {
        ODataQuery query = new ODataQuery()
                .with("$filter", filter(cursor.odataFilter(roster.keyField())))
                .with("$orderby", "ModificationTimestamp," + roster.keyField())
                .with("$top", settings.pageSize())
                .with("$select", String.join(",", ListingMapping.fields(roster)));
        return rosterPage(roster, resourceUrl(settings.rosterResource(roster), query), cursor);
    }

    private RosterPage rosterPage(Roster roster, URI url, ReplicationCursor from) {
        OData.Page answer = OData.page(requests.getJson(url), url);
        List<RosterRecord> records = answer.values().stream().map(record -> OData.rosterRecord(roster, record, url))
                .toList();
        ReplicationCursor cursor = records.isEmpty() ? from : records.get(records.size() - 1).cursor();
        boolean more = answer.nextLink().isPresent() || records.size() >= settings.pageSize();
        return new RosterPage(roster, records, cursor, answer.nextLink(), more && !records.isEmpty());
    }

    @Override
    public List<MediaRecord> media(String listingKey) {
        ODataQuery query = new ODataQuery()
                .with("$filter", "ResourceRecordKey eq " + ODataQuery.literal(listingKey))
                .with("$orderby", "Order,MediaKey");
        return pages(settings.mediaResource(), query).flatMap(page -> page.values().stream())
                .map(OData::media)
                .collect(Collectors.toList());
    }

    /**
     * Every key, a page at a time from after the last key read ({@code ListingKey gt 'K'}): paging by {@code $skip}
     * would skip a key whenever a listing left the feed during the read, and reconciliation would then withdraw a
     * listing the feed still has.
     */
    @Override
    public Stream<String> allKeys() {
        return Stream.iterate(keysAfter(null), Objects::nonNull,
                        page -> page.size() < settings.pageSize() ? null : keysAfter(page.get(page.size() - 1)))
                .flatMap(List::stream);
    }

    private List<String> keysAfter(String lastKey) {
        String after = lastKey == null ? null : "ListingKey gt " + ODataQuery.literal(lastKey);
        ODataQuery query = new ODataQuery()
                .with("$filter", filter(Optional.ofNullable(after)))
                .with("$select", "ListingKey")
                .with("$orderby", "ListingKey")
                .with("$top", settings.pageSize());
        URI url = resourceUrl(settings.resource(), query);
        OData.Page page = OData.page(requests.getJson(url), url);
        List<String> keys = page.values().stream().map(record -> OData.requiredString(record, "ListingKey", url))
                .toList();
        return keys.isEmpty() ? null : keys;
    }

    /** The pages of one query: by nextLink where the server gives one, else by {@code $skip}. */
    private Stream<OData.Page> pages(String resource, ODataQuery query) {
        int top = settings.pageSize();
        query.with("$top", top);
        return Stream.iterate(fetch(resourceUrl(resource, query), 0), Objects::nonNull, read -> {
            OData.Page page = read.page();
            int skip = read.skip() + page.values().size();
            if (page.nextLink().isPresent()) {
                return fetch(page.nextLink().get(), skip);
            }
            return page.values().size() < top ? null : fetch(resourceUrl(resource, query.with("$skip", skip)), skip);
        }).map(PageRead::page);
    }

    private PageRead fetch(URI url, int skip) {
        return new PageRead(OData.page(requests.getJson(url), url), skip);
    }

    /** A page and how many values came before it (the next {@code $skip}). */
    private record PageRead(OData.Page page, int skip) {
    }

    private String filter(Optional<String> cursorFilter) {
        Optional<String> fixed = settings.fixedFilter();
        if (fixed.isPresent() && cursorFilter.isPresent()) {
            return "(" + fixed.get() + ") and (" + cursorFilter.get() + ")";
        }
        return fixed.or(() -> cursorFilter).orElse(null);
    }

    private URI resourceUrl(String resource, ODataQuery query) {
        String options = query.encoded();
        return settings.serviceRoot().resolve(resource + (options.isEmpty() ? "" : "?" + options));
    }
}
