package org.realtycrm.mls.control;

import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import org.realtycrm.mls.entity.Roster;

/**
 * The roster of a {@link RetsFeed}: Search on the Agent and Office resources (the classes and fields its
 * {@link RetsSettings.RosterSearch} names), replicated as the listings are: one DMQL2 query
 * {@code (ModificationField=T+)} per replication, read by Offset, rows at or before the cursor dropped, each page sorted
 * by (timestamp, key), and the page cursor kept at the query's start until its last page (see {@link RetsFeed}).
 */
final class RetsRosters {

    private final RetsFeed feed;
    private final RetsSettings settings;
    private final OpenQueries<OpenQuery> openQueries = new OpenQueries<>();

    private record OpenQuery(Roster roster, RetsSettings.RosterSearch search, String query, ReplicationCursor from,
                             ReplicationCursor highest, int nextOffset) {
    }

    RetsRosters(RetsFeed feed, RetsSettings settings) {
        this.feed = feed;
        this.settings = settings;
    }

    Optional<RosterPage> changedSince(Roster roster, ReplicationCursor cursor) {
        return settings.rosterSearch(roster).map(search -> {
            String since = cursor.isStart() ? RetsFeed.EVERY_LISTING_SINCE
                    : feed.dmqlDateTime(cursor.modificationTimestamp());
            String query = "(" + search.modificationField() + "=" + since + "+)";
            return page(new OpenQuery(roster, search, query, cursor, cursor, 1));
        });
    }

    RosterPage next(RosterPage page) {
        OpenQuery open = openQueries.take(page.hasMore(), page.nextLink());
        return page(open);
    }

    private RosterPage page(OpenQuery open) {
        RetsSettings.RosterSearch search = open.search();
        URI url = feed.searchUrl(search.resource(), search.searchClass(), open.query(), null, open.nextOffset());
        RetsReplies.SearchAnswer answer = feed.search(url);
        List<RosterRecord> records = answer.rows().stream().map(row -> record(search, row, url))
                .filter(record -> RetsFeed.after(record.cursor(), open.from()))
                .sorted(Comparator.comparing(RosterRecord::modificationTimestamp).thenComparing(RosterRecord::key))
                .toList();
        ReplicationCursor highest = open.highest();
        if (!records.isEmpty() && RetsFeed.after(records.get(records.size() - 1).cursor(), highest)) {
            highest = records.get(records.size() - 1).cursor();
        }
        int nextOffset = open.nextOffset() + answer.rows().size();
        if (!feed.more(answer, nextOffset)) {
            return new RosterPage(open.roster(), records, highest, Optional.empty(), false);
        }
        URI next = feed.searchUrl(search.resource(), search.searchClass(), open.query(), null, nextOffset);
        openQueries.put(next, new OpenQuery(open.roster(), search, open.query(), open.from(), highest, nextOffset));
        return new RosterPage(open.roster(), records, open.from(), Optional.of(next), true);
    }

    private RosterRecord record(RetsSettings.RosterSearch search, Map<String, String> row, URI url) {
        String key = RetsFeed.required(row, search.keyField(), url);
        Instant modified = RetsFeed.timestamp(RetsFeed.required(row, search.modificationField(), url),
                settings.serverZone(), url);
        JsonObjectBuilder raw = Json.createObjectBuilder();
        row.forEach(raw::add);
        return new RosterRecord(key, modified, raw.build());
    }
}
