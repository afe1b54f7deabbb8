package org.realtycrm.mls.control;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The RETS adapter against {@link RetsServer}, a RETS 1.7.2 server on a local port; every wait on a fake clock. */
class RetsFeedTest {

    private static final String KEY = "LIST_1";
    private static final String MODIFIED = "LIST_87";
    private static final String STATUS = "LIST_15";
    private static final String PHOTOS = "LIST_134";

    private final FakeTime time = new FakeTime();
    private RetsServer server;
    private final List<RetsFeed> feeds = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new RetsServer(MODIFIED);
    }

    @AfterEach
    void stop() {
        feeds.forEach(RetsFeed::close);
        server.close();
    }

    private RetsFeed feed(UnaryOperator<RetsSettings.Builder> settings) {
        return feed(RetsServer.PASSWORD, settings);
    }

    private RetsFeed feed(String password, UnaryOperator<RetsSettings.Builder> settings) {
        RetsSettings.Builder builder = RetsSettings.builder(server.loginUrl(), RetsServer.USER, password, "RE_1", KEY, MODIFIED)
                .userAgent("RealtyCRM/2.1").pageLimit(2).requestsPerSecond(1000)
                .deletedWhen(STATUS, Set.of("Deleted", "Withdrawn")).photosChangeField(PHOTOS);
        RetsFeed feed = RetsFeed.of(settings.apply(builder).build(), time, time);
        feeds.add(feed);
        return feed;
    }

    private void listing(String key, String modified, String status) {
        server.listing(KEY, key, MODIFIED, modified, STATUS, status, PHOTOS, "", "LIST_22", "425000.00", "LIST_31", "12 Elm St & Co <B>");
    }

    private static List<ListingRecord> replicate(ListingFeed feed, ReplicationCursor from, List<ListingPage> pages) {
        List<ListingRecord> seen = new ArrayList<>();
        ListingPage page = feed.changedSince(from);
        pages.add(page);
        seen.addAll(page.records());
        while (page.hasMore()) {
            page = feed.next(page);
            pages.add(page);
            seen.addAll(page.records());
        }
        return seen;
    }

    private static List<String> keys(List<ListingRecord> records) {
        return records.stream().map(ListingRecord::listingKey).toList();
    }

    private static Map<String, String> digestFields(String authorization) {
        assertThat(authorization).startsWith("Digest ");
        return DigestAuthentication.parameters(authorization.substring("Digest ".length()));
    }

    @Test
    void login_answers_the_digest_challenge_with_qop_auth_and_sends_the_rets_headers() {
        listing("A", "2026-11-01T10:00:00", "Active");

        feed(s -> s).changedSince(ReplicationCursor.start());

        List<RetsServer.Request> logins = server.requests("/rets/login");
        assertThat(logins).hasSize(2);
        assertThat(logins.get(0).header("Authorization")).isNull();
        Map<String, String> digest = digestFields(logins.get(1).header("Authorization"));
        assertThat(digest).containsEntry("username", RetsServer.USER).containsEntry("realm", RetsServer.REALM)
                .containsEntry("nonce", "nonce-1").containsEntry("uri", "/rets/login").containsEntry("qop", "auth")
                .containsEntry("nc", "00000001").containsEntry("opaque", RetsServer.OPAQUE).containsEntry("algorithm", "MD5");
        assertThat(digest.get("cnonce")).hasSizeGreaterThanOrEqualTo(16);
        String ha1 = RetsServer.md5(RetsServer.USER + ":" + RetsServer.REALM + ":" + RetsServer.PASSWORD);
        String ha2 = RetsServer.md5("GET:/rets/login");
        assertThat(digest.get("response")).isEqualTo(RetsServer.md5(ha1 + ":nonce-1:00000001:" + digest.get("cnonce") + ":auth:" + ha2));
        for (RetsServer.Request request : List.of(logins.get(0), logins.get(1), server.requests("/rets/search").get(0))) {
            assertThat(request.header("RETS-Version")).isEqualTo("RETS/1.7.2");
            assertThat(request.header("User-Agent")).isEqualTo("RealtyCRM/2.1");
            assertThat(request.header("RETS-UA-Authorization")).isNull();
        }
        // the session goes on with the login's nonce, the next count and the session cookie
        RetsServer.Request search = server.requests("/rets/search").get(0);
        assertThat(digestFields(search.header("Authorization"))).containsEntry("nonce", "nonce-1").containsEntry("nc", "00000002");
        assertThat(search.header("Cookie")).contains("RETS-Session-ID=" + RetsServer.SESSION_ID);
    }

    @Test
    void a_stale_nonce_is_answered_with_the_new_challenge_and_the_request_goes_through() {
        listing("A", "2026-11-01T10:00:00", "Active");
        RetsFeed feed = feed(s -> s);
        feed.changedSince(ReplicationCursor.start());
        server.expireNonce();

        ListingPage page = feed.changedSince(ReplicationCursor.start());

        assertThat(page.records()).hasSize(1);
        List<RetsServer.Request> searches = server.requests("/rets/search");
        assertThat(searches).hasSize(3);
        assertThat(digestFields(searches.get(2).header("Authorization"))).containsEntry("nonce", "nonce-2").containsEntry("nc", "00000001");
        assertThat(server.requests("/rets/login")).hasSize(2);
    }

    @Test
    void a_wrong_password_is_refused_with_a_clear_error_that_does_not_show_it() {
        FeedUnavailableException failure = catchThrowableOfType(FeedUnavailableException.class,
                () -> feed("wrong-password", s -> s).changedSince(ReplicationCursor.start()));

        assertThat(failure.status()).isEqualTo(401);
        assertThat(failure).hasMessageContaining("refused the user name or password of agent7")
                .hasMessageNotContaining("wrong-password");
        assertThat(server.requests("/rets/login")).hasSize(2);
        assertThat(server.requests("/rets/search")).isEmpty();
    }

    @Test
    void the_ua_password_digest_of_rets_1_7_is_sent_with_the_session_id_once_there_is_one() {
        listing("A", "2026-11-01T10:00:00", "Active");

        feed(s -> s.userAgentPassword("ua-secret")).changedSince(ReplicationCursor.start());

        String a1 = RetsServer.md5("RealtyCRM/2.1:ua-secret");
        assertThat(server.requests("/rets/login").get(0).header("RETS-UA-Authorization"))
                .isEqualTo("Digest " + RetsServer.md5(a1 + "::" + ":RETS/1.7.2"));
        assertThat(server.requests("/rets/search").get(0).header("RETS-UA-Authorization"))
                .isEqualTo("Digest " + RetsServer.md5(a1 + "::" + RetsServer.SESSION_ID + ":RETS/1.7.2"));
    }

    @Test
    void capability_urls_of_the_login_are_resolved_against_the_login_url() {
        listing("A", "2026-11-01T10:00:00", "Active");
        server.photos("A", new RetsServer.Photo("1", "image/jpeg", "Front", new byte[] {1, 2, 3}));
        RetsFeed feed = feed(s -> s);

        feed.changedSince(ReplicationCursor.start());
        feed.media("A");
        feed.close();

        // Search was "/rets/search" (absolute path), GetObject a full URL, Logout "logout" (relative to /rets/login)
        assertThat(server.requests("/rets/search")).hasSize(1);
        assertThat(server.requests("/rets/getobject")).hasSize(1);
        assertThat(server.requests("/rets/logout")).hasSize(1);
    }

    @Test
    void a_login_without_a_search_url_or_with_an_error_reply_fails() {
        server.loginBody("<RETS ReplyCode=\"0\" ReplyText=\"ok\"><RETS-RESPONSE>\nMemberName=X\n</RETS-RESPONSE></RETS>");
        assertThatThrownBy(() -> feed(s -> s).changedSince(ReplicationCursor.start()))
                .isInstanceOf(FeedUnavailableException.class).hasMessageContaining("no Search URL");

        server.loginBody("<RETS ReplyCode=\"20036\" ReplyText=\"Missing User-Agent request header\"/>");
        assertThatThrownBy(() -> feed(s -> s).changedSince(ReplicationCursor.start()))
                .isInstanceOf(FeedUnavailableException.class)
                .hasMessageContaining("ReplyCode 20036 Missing User-Agent request header");
    }

    @Test
    void search_pages_through_offset_while_the_server_says_maxrows_and_maps_compact_decoded_rows() {
        listing("C", "2026-11-01T12:00:00", "Active");
        listing("A", "2026-11-01T10:00:00", "Active");
        listing("E", "2026-11-01T14:00:00", "Pending");
        listing("B", "2026-11-01T11:00:00", "Active");
        listing("D", "2026-11-01T13:00:00", "Active");
        List<ListingPage> pages = new ArrayList<>();

        List<ListingRecord> records = replicate(feed(s -> s), ReplicationCursor.start(), pages);

        assertThat(keys(records)).containsExactlyInAnyOrder("A", "B", "C", "D", "E");
        List<RetsServer.Request> searches = server.requests("/rets/search");
        assertThat(searches).extracting(r -> r.query().get("Offset")).containsExactly("1", "3", "5");
        RetsServer.Request first = searches.get(0);
        assertThat(first.query()).containsEntry("SearchType", "Property").containsEntry("Class", "RE_1")
                .containsEntry("QueryType", "DMQL2").containsEntry("Format", "COMPACT-DECODED")
                .containsEntry("StandardNames", "0").containsEntry("Query", "(LIST_87=1970-01-01T00:00:00+)")
                .containsEntry("Limit", "2").containsEntry("Count", "1").doesNotContainKey("Select");
        // each page in (timestamp, key) order; the cursor moves only at the end of the query
        assertThat(keys(pages.get(0).records())).containsExactly("A", "C");
        assertThat(pages.get(0).cursor().isStart()).isTrue();
        assertThat(pages.get(1).cursor().isStart()).isTrue();
        assertThat(pages.get(2).hasMore()).isFalse();
        assertThat(pages.get(2).cursor()).isEqualTo(ReplicationCursor.after(Instant.parse("2026-11-01T14:00:00Z"), "E"));
        ListingRecord c = pages.get(0).records().get(1);
        assertThat(c.modificationTimestamp()).isEqualTo(Instant.parse("2026-11-01T12:00:00Z"));
        assertThat(c.raw().getString("LIST_31")).isEqualTo("12 Elm St & Co <B>");
        assertThat(c.raw().getString("LIST_22")).isEqualTo("425000.00");
        assertThat(c.raw().keySet()).containsExactly(KEY, MODIFIED, STATUS, PHOTOS, "LIST_22", "LIST_31");
        assertThat(c.photosChangeTimestamp()).isEmpty();
        assertThat(c.deletion()).isFalse();
    }

    @Test
    void without_a_count_maxrows_says_that_more_rows_follow_a_short_page() {
        for (String key : List.of("A", "B", "C", "D", "E")) {
            listing(key, "2026-11-01T10:00:00", "Active");
        }
        server.capRowsWithoutCount(2);

        List<ListingRecord> records = replicate(feed(s -> s.pageLimit(3)), ReplicationCursor.start(), new ArrayList<>());

        assertThat(keys(records)).containsExactly("A", "B", "C", "D", "E");
        assertThat(server.requests("/rets/search")).extracting(r -> r.query().get("Offset")).containsExactly("1", "3", "5");
    }

    @Test
    void the_query_starts_at_the_cursor_in_the_servers_zone_and_select_carries_the_replication_fields() {
        listing("A", "2026-11-01T10:00:00", "Active");

        feed(s -> s.serverZone(java.time.ZoneId.of("America/Chicago")).select(List.of("LIST_22")))
                .changedSince(ReplicationCursor.after(Instant.parse("2026-10-15T15:30:45.750Z"), "K9"));

        RetsServer.Request search = server.requests("/rets/search").get(0);
        // 15:30:45.750Z is 10:30:45.750 in Chicago (CDT), cut to whole seconds so nothing at that second is missed
        assertThat(search.query()).containsEntry("Query", "(LIST_87=2026-10-15T10:30:45+)")
                .containsEntry("Select", "LIST_1,LIST_87,LIST_134,LIST_15,LIST_22");
    }

    @Test
    void no_records_found_is_an_empty_page_not_an_error() {
        listing("A", "2026-11-01T10:00:00", "Active");
        ReplicationCursor cursor = ReplicationCursor.after(Instant.parse("2026-12-01T00:00:00Z"), "Z");

        ListingPage page = feed(s -> s).changedSince(cursor);

        assertThat(page.records()).isEmpty();
        assertThat(page.hasMore()).isFalse();
        assertThat(page.cursor()).isEqualTo(cursor);
    }

    @Test
    void an_error_reply_code_fails_with_its_reply_text() {
        server.searchReply("<RETS ReplyCode=\"20203\" ReplyText=\"Miscellaneous search error: field LIST_87 unknown\"/>");

        assertThatThrownBy(() -> feed(s -> s).changedSince(ReplicationCursor.start()))
                .isInstanceOf(FeedUnavailableException.class)
                .hasMessageContaining("ReplyCode 20203 Miscellaneous search error: field LIST_87 unknown")
                .hasMessageNotContaining(RetsServer.PASSWORD);
    }

    @Test
    void equal_timestamps_across_a_page_boundary_are_neither_skipped_nor_repeated() {
        String t = "2026-11-01T10:00:00";
        listing("D", t, "Active");
        listing("B", t, "Active");
        listing("A", t, "Active");
        listing("C", t, "Active");
        listing("E", "2026-11-01T09:00:00", "Active");
        RetsFeed feed = feed(s -> s);

        List<ListingRecord> all = replicate(feed, ReplicationCursor.start(), new ArrayList<>());
        assertThat(keys(all)).hasSize(5).doesNotHaveDuplicates().containsExactlyInAnyOrder("A", "B", "C", "D", "E");

        // a sync that stored (T, "B") asks for T again and drops what it applied: A and B, and E before T
        List<ListingRecord> after = replicate(feed, ReplicationCursor.after(Instant.parse(t + "Z"), "B"), new ArrayList<>());
        assertThat(keys(after)).containsExactlyInAnyOrder("C", "D");

        // a later record at the same second is found after the full run's cursor; nothing else comes again
        List<ListingPage> pages = new ArrayList<>();
        replicate(feed, ReplicationCursor.start(), pages);
        ReplicationCursor end = pages.get(pages.size() - 1).cursor();
        assertThat(end).isEqualTo(ReplicationCursor.after(Instant.parse(t + "Z"), "D"));
        listing("F", t, "Active");
        assertThat(keys(replicate(feed, end, new ArrayList<>()))).containsExactly("F");
    }

    @Test
    void an_interrupted_query_resumes_from_its_start_and_skips_nothing() {
        listing("C", "2026-11-01T12:00:00", "Active");
        listing("A", "2026-11-01T10:00:00", "Active");
        listing("B", "2026-11-01T11:00:00", "Active");
        RetsFeed feed = feed(s -> s);

        ListingPage first = feed.changedSince(ReplicationCursor.start());
        assertThat(keys(first.records())).containsExactly("A", "C");
        // the sync stops here and later resumes from the stored cursor: B, on the second page, is not lost
        List<ListingRecord> resumed = replicate(feed, first.cursor(), new ArrayList<>());

        assertThat(keys(resumed)).containsExactlyInAnyOrder("A", "B", "C");
    }

    /** Twelve listings an hour apart on 1 March 2025, well before the fake clock's now, added out of order. */
    private List<String> twelveSettledListings() {
        List<String> keys = new ArrayList<>();
        for (int i : List.of(7, 2, 11, 0, 5, 9, 1, 10, 3, 8, 6, 4)) {
            listing(String.format("K%02d", i), String.format("2025-03-01T%02d:00:00", 10 + i), "Active");
        }
        for (int i = 0; i < 12; i++) {
            keys.add(String.format("K%02d", i));
        }
        return keys;
    }

    @Test
    void a_query_larger_than_a_window_is_read_in_windows_of_time_each_ending_with_its_cursor() {
        List<String> all = twelveSettledListings();
        List<ListingPage> pages = new ArrayList<>();

        List<ListingRecord> records = replicate(feed(s -> s.pagesPerWindow(2)), ReplicationCursor.start(), pages);

        assertThat(keys(records)).containsExactlyInAnyOrderElementsOf(all).doesNotHaveDuplicates();
        List<String> queries = server.requests("/rets/search").stream().map(r -> r.query().get("Query")).toList();
        assertThat(queries.get(0)).isEqualTo("(LIST_87=1970-01-01T00:00:00+)");
        assertThat(queries).anyMatch(q -> q.matches("\\(LIST_87=2025-03-01T\\S+-2025-03-01T\\S+\\)"));
        // no window holds more than two pages of two rows, and each whole window moves the cursor
        assertThat(pages).allSatisfy(page -> assertThat(page.records()).hasSizeLessThanOrEqualTo(2));
        List<ReplicationCursor> windowEnds = pages.stream().map(ListingPage::cursor).filter(c -> !c.isStart()).distinct().toList();
        assertThat(windowEnds).hasSizeGreaterThan(3);
        assertThat(windowEnds).isSortedAccordingTo(Comparator.comparing(ReplicationCursor::modificationTimestamp)
                .thenComparing(ReplicationCursor::listingKey));
        assertThat(pages.get(pages.size() - 1).cursor())
                .isEqualTo(ReplicationCursor.after(Instant.parse("2025-03-01T21:00:00Z"), "K11"));
        // every page's records come after the cursor of the page before: a sync stores them in order
        for (int i = 1; i < pages.size(); i++) {
            ReplicationCursor before = pages.get(i - 1).cursor();
            assertThat(pages.get(i).records()).allSatisfy(r -> assertThat(before.isStart()
                    || r.modificationTimestamp().isAfter(before.modificationTimestamp())
                    || r.modificationTimestamp().equals(before.modificationTimestamp())
                    && r.listingKey().compareTo(before.listingKey()) > 0).isTrue());
        }
    }

    @Test
    void a_first_load_that_fails_goes_on_from_its_last_whole_window_not_from_the_first_listing() {
        List<String> all = twelveSettledListings();
        RetsFeed feed = feed(s -> s.pagesPerWindow(2));
        List<ListingRecord> delivered = new ArrayList<>();
        ListingPage page = feed.changedSince(ReplicationCursor.start());
        delivered.addAll(page.records());
        ReplicationCursor stored = page.cursor();
        // the sync stores pages until the one after the fifth listing, then the server fails
        while (delivered.size() < 5 || stored.isStart()) {
            page = feed.next(page);
            delivered.addAll(page.records());
            stored = page.cursor();
        }
        page = feed.next(page);
        delivered.addAll(page.records());
        server.failSearch(500, 500, 500, 500, 500);
        ListingPage failing = page;
        assertThatThrownBy(() -> feed.next(failing)).isInstanceOf(FeedUnavailableException.class);
        int searchesBefore = server.requests("/rets/search").size();

        List<ListingRecord> resumed = replicate(feed, stored, new ArrayList<>());

        ReplicationCursor from = stored;
        List<String> alreadyStored = delivered.stream().filter(r -> !isAfter(r.cursor(), from))
                .map(ListingRecord::listingKey).toList();
        assertThat(alreadyStored).as("listings at or before the stored cursor").isNotEmpty();
        assertThat(keys(resumed)).doesNotHaveDuplicates().doesNotContainAnyElementsOf(alreadyStored);
        assertThat(Stream.concat(alreadyStored.stream(), keys(resumed).stream()).sorted()).containsExactlyElementsOf(all);
        assertThat(server.requests("/rets/search").get(searchesBefore).query().get("Query"))
                .as("the resumed query starts at the stored cursor's second")
                .isEqualTo("(LIST_87=" + stored.modificationTimestamp().toString().replace("Z", "") + "+)");
    }

    private static boolean isAfter(ReplicationCursor record, ReplicationCursor cursor) {
        int byTime = record.modificationTimestamp().compareTo(cursor.modificationTimestamp());
        return byTime > 0 || byTime == 0 && record.listingKey().compareTo(cursor.listingKey()) > 0;
    }

    @Test
    void a_listing_modified_while_its_window_is_read_leaves_it_and_moves_no_other_out_of_reach() {
        for (int i = 0; i < 6; i++) {
            listing("M" + i, "2025-03-01T10:00:0" + i, "Active"); // the server answers in key order
        }
        // after the window's first page (M0, M1), M0 is modified: it leaves the window, and M2 moves to where the
        // second page began; read at Offset 3 as before, the window would skip M2
        server.beforeSearch(request -> {
            if ("3".equals(request.query().get("Offset")) && request.query().get("Query").contains("-")) {
                server.modify(KEY, "M0", MODIFIED, "2026-01-05T11:59:00", "LIST_22", "399000.00");
                server.beforeSearch(r -> { });
            }
        });
        List<ListingPage> pages = new ArrayList<>();

        List<ListingRecord> records = replicate(feed(s -> s.pagesPerWindow(2)),
                ReplicationCursor.after(Instant.parse("2025-02-01T00:00:00Z"), ""), pages);

        assertThat(keys(records)).contains("M0", "M1", "M2", "M3", "M4", "M5");
        assertThat(records).filteredOn(r -> r.listingKey().equals("M0")).extracting(r -> r.raw().getString("LIST_22"))
                .endsWith("399000.00");
        List<RetsServer.Request> searches = server.requests("/rets/search");
        assertThat(searches).extracting(r -> r.query().get("Offset")).containsSubsequence("1", "3", "2");
    }

    @Test
    void a_row_with_a_deleted_status_is_a_deletion_marker() {
        listing("A", "2026-11-01T10:00:00", "Active");
        listing("B", "2026-11-01T11:00:00", "Withdrawn");
        listing("C", "2026-11-01T12:00:00", "Deleted");
        server.listing(KEY, "D", MODIFIED, "2026-11-01T13:00:00", STATUS, "Active", PHOTOS, "2026-11-01 13:00:00.500",
                "LIST_22", "1", "LIST_31", "x");

        List<ListingRecord> records = replicate(feed(s -> s), ReplicationCursor.start(), new ArrayList<>());

        assertThat(records).extracting(ListingRecord::listingKey, ListingRecord::deletion)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", false), org.assertj.core.groups.Tuple.tuple("B", true),
                        org.assertj.core.groups.Tuple.tuple("C", true), org.assertj.core.groups.Tuple.tuple("D", false));
        assertThat(records.get(3).photosChangeTimestamp()).contains(Instant.parse("2026-11-01T13:00:00.500Z"));
    }

    @Test
    void all_keys_pages_a_select_of_the_key_field() {
        for (String key : List.of("K1", "K2", "K3", "K4", "K5")) {
            listing(key, "2026-11-01T10:00:00", "Active");
        }

        List<String> keys = feed(s -> s).allKeys().toList();

        assertThat(keys).containsExactly("K1", "K2", "K3", "K4", "K5");
        assertThat(server.requests("/rets/search")).extracting(r -> r.query().get("Select")).containsOnly("LIST_1");
        assertThat(server.requests("/rets/search")).extracting(r -> r.query().get("Offset")).containsExactly("1", "3", "5");
    }

    @Test
    void get_object_returns_the_photos_of_a_multipart_answer_byte_for_byte() {
        byte[] front = jpeg(new byte[] {'\r', '\n', '-', '-', 's', 'i', 'm', 'p', 'l', 'e', 0, (byte) 0xFF, '\r', '\n'});
        byte[] kitchen = jpeg(new byte[] {'-', '-', 0, 1, 2, (byte) 0x80, '\n'});
        server.photos("A", new RetsServer.Photo("2", "image/jpeg", "Kitchen", kitchen),
                new RetsServer.Photo("1", "image/jpeg", "Front", front));

        List<MediaRecord> media = feed(s -> s).media("A");

        assertThat(media).extracting(MediaRecord::mediaKey).containsExactly("A:1", "A:2");
        assertThat(media.get(0).content()).isPresent();
        assertThat(media.get(0).content().get().bytes()).isEqualTo(front);
        assertThat(media.get(1).content().get().bytes()).isEqualTo(kitchen);
        assertThat(media.get(0).content().get().contentType()).isEqualTo("image/jpeg");
        assertThat(media.get(0).resourceRecordKey()).isEqualTo("A");
        assertThat(media.get(0).mediaUrl()).isNull();
        assertThat(media.get(1).order()).hasValue(2);
        assertThat(server.requests("/rets/getobject").get(0).query()).containsEntry("Resource", "Property")
                .containsEntry("Type", "Photo").containsEntry("ID", "A:*").containsEntry("Location", "0");
    }

    @Test
    void get_object_with_location_1_gives_the_photo_urls() {
        server.photos("A", new RetsServer.Photo("1", "image/jpeg", "Front", new byte[] {1}),
                new RetsServer.Photo("2", "image/jpeg", "Back", new byte[] {2}));

        List<MediaRecord> media = feed(s -> s.photoUrls(true)).media("A");

        assertThat(media).extracting(MediaRecord::mediaUrl)
                .containsExactly("https://photos.mls.example/A/1.jpg", "https://photos.mls.example/A/2.jpg");
        assertThat(media).allSatisfy(m -> assertThat(m.content()).isEmpty());
        assertThat(server.requests("/rets/getobject").get(0).query()).containsEntry("Location", "1");
    }

    @Test
    void a_single_object_may_come_as_the_whole_answer() {
        byte[] photo = jpeg(new byte[] {9, 8, 7});
        server.photos("A", new RetsServer.Photo("1", "image/jpeg", "Front", photo));

        List<MediaRecord> media = feed(s -> s).media("A");

        assertThat(media).singleElement().satisfies(m -> {
            assertThat(m.mediaKey()).isEqualTo("A:1");
            assertThat(m.content().orElseThrow().bytes()).isEqualTo(photo);
            assertThat(m.content().orElseThrow().contentType()).isEqualTo("image/jpeg");
        });
    }

    @Test
    void get_object_without_objects_is_an_empty_list() {
        assertThat(feed(s -> s).media("NONE")).isEmpty();
    }

    @Test
    void logout_is_called_on_close_and_a_failing_logout_is_tolerated() {
        listing("A", "2026-11-01T10:00:00", "Active");
        RetsFeed feed = feed(s -> s);
        feed.changedSince(ReplicationCursor.start());
        server.logoutStatus(500);

        feed.close();

        assertThat(server.requests("/rets/logout")).hasSize(1);
        assertThat(server.requests("/rets/logout").get(0).header("Cookie")).contains("RETS-Session-ID=" + RetsServer.SESSION_ID);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void close_before_any_request_does_not_log_in() {
        feed(s -> s).close();

        assertThat(server.requests("/rets/login")).isEmpty();
        assertThat(server.requests("/rets/logout")).isEmpty();
    }

    @Test
    void server_errors_are_retried_with_backoff_on_the_fake_clock() {
        listing("A", "2026-11-01T10:00:00", "Active");
        server.failSearch(503, 500);

        ListingPage page = feed(s -> s.backoff(Duration.ofSeconds(1), Duration.ofSeconds(30))).changedSince(ReplicationCursor.start());

        assertThat(page.records()).hasSize(1);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(server.requests("/rets/search")).hasSize(3);
    }

    @Test
    void requests_are_paced_per_second_on_the_fake_clock() {
        listing("A", "2026-11-01T10:00:00", "Active");
        RetsFeed feed = feed(s -> s.requestsPerSecond(2));

        feed.changedSince(ReplicationCursor.start());
        feed.changedSince(ReplicationCursor.start());

        // login (challenge and answer), then two searches: two at once, then one every half second
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(500));
        assertThat(server.requests("/rets/login")).hasSize(2);
        assertThat(server.requests("/rets/search")).hasSize(2);
    }

    @Test
    void settings_show_no_secret() {
        RetsSettings settings = RetsSettings.builder(server.loginUrl(), "agent7", "pass-secret", "RE_1", KEY, MODIFIED)
                .userAgentPassword("ua-secret").build();

        assertThat(settings.toString()).contains("agent7").doesNotContain("pass-secret").doesNotContain("ua-secret");
        assertThat(RetsFeed.of(settings).toString()).doesNotContain("pass-secret").doesNotContain("ua-secret");
    }

    private static byte[] jpeg(byte[] middle) {
        byte[] bytes = new byte[middle.length + 4];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        System.arraycopy(middle, 0, bytes, 2, middle.length);
        bytes[bytes.length - 2] = (byte) 0xFF;
        bytes[bytes.length - 1] = (byte) 0xD9;
        return bytes;
    }
}
