package org.realtycrm.mls.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResoWebApiFeedTest {

    private static final String T1 = "2026-01-02T10:00:00Z";
    private static final String T2 = "2026-01-02T11:00:00Z";
    private static final String T3 = "2026-01-02T12:00:00.250Z";
    private static final String T4 = "2026-01-02T13:00:00Z";
    private static final String T5 = "2026-01-02T14:00:00Z";

    private final ListingServer listings = new ListingServer();
    private final WireMockServer server = new WireMockServer(options().dynamicPort().extensions(listings));
    private final FakeTime time = new FakeTime();

    @BeforeEach
    void start() {
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private ResoWebApiFeed feed(UnaryOperator<ResoWebApiSettings.Builder> settings) {
        ResoWebApiSettings.Builder builder = ResoWebApiSettings.builder(URI.create(server.baseUrl() + "/odata"))
                .staticToken("static-token").pageSize(2).requestsPerSecond(1000);
        return ResoWebApiFeed.of(settings.apply(builder).build(), time, time);
    }

    private void serveListings() {
        server.stubFor(get(urlPathEqualTo("/odata/Property")).willReturn(aResponse().withTransformers(ListingServer.NAME)));
    }

    private static List<ListingRecord> replicate(ListingFeed feed, ReplicationCursor from) {
        List<ListingRecord> seen = new ArrayList<>();
        ListingPage page = feed.changedSince(from);
        seen.addAll(page.records());
        while (page.hasMore()) {
            page = feed.next(page);
            seen.addAll(page.records());
        }
        return seen;
    }

    private List<String> filters() {
        return server.findAll(getRequestedFor(urlPathEqualTo("/odata/Property"))).stream()
                .map(r -> r.queryParameter("$filter").isPresent() ? r.queryParameter("$filter").firstValue() : "(none)")
                .toList();
    }

    private static List<String> keysAndTimes(List<ListingRecord> records) {
        return records.stream().map(r -> r.listingKey() + "@" + r.modificationTimestamp()).toList();
    }

    @Test
    void follows_the_servers_nextLink_across_three_pages() {
        server.stubFor(get(urlPathEqualTo("/odata/Property")).withQueryParam("$orderby", equalTo("ModificationTimestamp,ListingKey"))
                .willReturn(okJson(page(List.of(listing("A", T1), listing("B", T2)), server.baseUrl() + "/odata/Property?$skiptoken=p2"))));
        server.stubFor(get(urlPathEqualTo("/odata/Property")).withQueryParam("$skiptoken", equalTo("p2"))
                .willReturn(okJson(page(List.of(listing("C", T3), listing("D", T4)), "Property?$skiptoken=p3"))));
        server.stubFor(get(urlPathEqualTo("/odata/Property")).withQueryParam("$skiptoken", equalTo("p3"))
                .willReturn(okJson(page(List.of(listing("E", T5)), null))));

        ResoWebApiFeed feed = feed(s -> s);
        ListingPage first = feed.changedSince(ReplicationCursor.start());
        ListingPage second = feed.next(first);
        ListingPage third = feed.next(second);

        assertThat(first.records()).extracting(ListingRecord::listingKey).containsExactly("A", "B");
        assertThat(second.records()).extracting(ListingRecord::listingKey).containsExactly("C", "D");
        assertThat(third.records()).extracting(ListingRecord::listingKey).containsExactly("E");
        assertThat(first.hasMore()).isTrue();
        assertThat(second.hasMore()).isTrue();
        assertThat(third.hasMore()).isFalse();
        assertThat(second.cursor()).isEqualTo(ReplicationCursor.after(Instant.parse(T4), "D"));
        assertThat(third.cursor()).isEqualTo(ReplicationCursor.after(Instant.parse(T5), "E"));
        List<LoggedRequest> requests = server.findAll(getRequestedFor(urlPathEqualTo("/odata/Property")));
        assertThat(requests).extracting(LoggedRequest::getUrl).containsExactly(
                "/odata/Property?$orderby=ModificationTimestamp,ListingKey&$top=2",
                "/odata/Property?$skiptoken=p2",
                "/odata/Property?$skiptoken=p3");
    }

    @Test
    void without_nextLink_continues_from_the_cursor_and_a_record_modified_meanwhile_comes_again() {
        serveListings();
        listings.put("A", T1).put("B", T1).put("C", T2).put("D", T3).put("E", T4)
                // once the first page (A, B) is read, A changes: it moves behind every other record
                .afterRequest(1, server -> server.put("A", T5));

        List<ListingRecord> seen = replicate(feed(s -> s), ReplicationCursor.start());

        assertThat(keysAndTimes(seen)).containsExactly("A@" + T1, "B@" + T1, "C@" + T2, "D@" + T3, "E@" + T4, "A@" + T5);
        // paging by $skip would have skipped C here: A's move shifts every later record one place forward
        assertThat(filters()).containsExactly("(none)",
                "ModificationTimestamp gt 2026-01-02T10:00:00Z or (ModificationTimestamp eq 2026-01-02T10:00:00Z and ListingKey gt 'B')",
                "ModificationTimestamp gt 2026-01-02T12:00:00.250Z or (ModificationTimestamp eq 2026-01-02T12:00:00.250Z and ListingKey gt 'D')",
                "ModificationTimestamp gt 2026-01-02T14:00:00Z or (ModificationTimestamp eq 2026-01-02T14:00:00Z and ListingKey gt 'A')");
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/odata/Property"))))
                .allSatisfy(r -> assertThat(r.queryParameter("$skip").isPresent()).isFalse())
                .allSatisfy(r -> assertThat(r.queryParameter("$top").firstValue()).isEqualTo("2"))
                .allSatisfy(r -> assertThat(r.queryParameter("$orderby").firstValue()).isEqualTo("ModificationTimestamp,ListingKey"));
    }

    @Test
    void equal_timestamps_across_page_boundaries_are_neither_skipped_nor_repeated() {
        serveListings();
        for (String key : List.of("K1", "K2'x", "K3", "K4", "K5")) {
            listings.put(key, T2);
        }
        listings.put("K0", T1).put("K9", T3);

        List<ListingRecord> seen = replicate(feed(s -> s.pageSize(2)), ReplicationCursor.after(Instant.parse(T1), "K0"));

        assertThat(seen).extracting(ListingRecord::listingKey).containsExactly("K1", "K2'x", "K3", "K4", "K5", "K9");
        assertThat(filters()).contains(
                "ModificationTimestamp gt 2026-01-02T11:00:00Z or (ModificationTimestamp eq 2026-01-02T11:00:00Z and ListingKey gt 'K2''x')",
                "ModificationTimestamp gt 2026-01-02T11:00:00Z or (ModificationTimestamp eq 2026-01-02T11:00:00Z and ListingKey gt 'K4')");
    }

    @Test
    void timestamps_finer_than_a_microsecond_page_on_exactly_as_sent() {
        // 100 ns apart, all in one microsecond, and in key order the reverse of time order
        serveListings();
        listings.put("K5", "2026-01-02T10:00:00.0000001Z").put("K4", "2026-01-02T10:00:00.0000002Z")
                .put("K3", "2026-01-02T10:00:00.0000003Z").put("K2", "2026-01-02T10:00:00.0000004Z")
                .put("K1", "2026-01-02T10:00:00.0000005Z");

        List<ListingRecord> seen = replicate(feed(s -> s.pageSize(2)), ReplicationCursor.start());

        assertThat(seen).extracting(ListingRecord::listingKey).containsExactly("K5", "K4", "K3", "K2", "K1");
        assertThat(filters()).contains("ModificationTimestamp gt 2026-01-02T10:00:00.000000200Z or "
                + "(ModificationTimestamp eq 2026-01-02T10:00:00.000000200Z and ListingKey gt 'K4')");
    }

    @Test
    void a_stored_cursor_resumes_exactly_after_the_last_applied_record() {
        serveListings();
        listings.put("A", T1).put("B", T1).put("C", T1).put("D", T2);
        ResoWebApiFeed feed = feed(s -> s);

        ReplicationCursor stored = feed.changedSince(ReplicationCursor.start()).cursor();
        List<ListingRecord> rest = replicate(feed, stored);

        assertThat(stored).isEqualTo(ReplicationCursor.after(Instant.parse(T1), "B"));
        assertThat(rest).extracting(ListingRecord::listingKey).containsExactly("C", "D");
        ListingPage nothingNew = feed.changedSince(rest.get(1).cursor());
        assertThat(nothingNew.records()).isEmpty();
        assertThat(nothingNew.hasMore()).isFalse();
        assertThat(nothingNew.cursor()).isEqualTo(ReplicationCursor.after(Instant.parse(T2), "D"));
    }

    @Test
    void deletions_by_status_and_by_provider_flag_surface_as_deletions() {
        serveListings();
        listings.put("GONE", T1, Json.createObjectBuilder().add("StandardStatus", "Delete").build())
                .put("HIDDEN", T1, Json.createObjectBuilder().add("StandardStatus", "Active").add("MlgCanView", false).build())
                .put("LIVE", T2, Json.createObjectBuilder().add("StandardStatus", "Active").add("MlgCanView", true)
                        .add("ListPrice", 450000).build())
                .put("SOLD", T3, Json.createObjectBuilder().add("StandardStatus", "Closed").build());

        List<ListingRecord> seen = replicate(feed(s -> s), ReplicationCursor.start());

        assertThat(seen).filteredOn(ListingRecord::deletion).extracting(ListingRecord::listingKey).containsExactly("GONE", "HIDDEN");
        assertThat(seen).filteredOn(r -> !r.deletion()).extracting(ListingRecord::listingKey).containsExactly("LIVE", "SOLD");
        assertThat(seen.get(2).raw().getInt("ListPrice")).isEqualTo(450000);
    }

    @Test
    void reconciliation_reads_every_key_from_after_the_last_one_read_so_a_listing_leaving_meanwhile_hides_no_other() {
        serveListings();
        List.of("L1", "L2", "L3", "L4", "L5").forEach(key -> listings.put(key, T1));
        // L1 leaves the feed once the first page is read: paging by $skip would now skip L3
        listings.afterRequest(1, server -> server.remove("L1"));

        List<String> keys;
        try (Stream<String> stream = feed(s -> s).allKeys()) {
            keys = stream.toList();
        }

        assertThat(keys).containsExactly("L1", "L2", "L3", "L4", "L5");
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/odata/Property")))).extracting(LoggedRequest::getUrl)
                .containsExactly("/odata/Property?$select=ListingKey&$orderby=ListingKey&$top=2",
                        "/odata/Property?$filter=ListingKey%20gt%20'L2'&$select=ListingKey&$orderby=ListingKey&$top=2",
                        "/odata/Property?$filter=ListingKey%20gt%20'L4'&$select=ListingKey&$orderby=ListingKey&$top=2");
    }

    @Test
    void reconciliation_reads_pages_only_as_they_are_consumed() {
        serveListings();
        List.of("L1", "L2", "L3", "L4").forEach(key -> listings.put(key, T1));

        assertThat(feed(s -> s).allKeys().limit(1).toList()).containsExactly("L1");
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/odata/Property")))).hasSize(1);
    }

    @Test
    void a_nextLink_that_pages_by_skip_is_not_followed_the_next_page_comes_from_the_cursor() {
        serveListings();
        listings.givingNextLinks();
        List.of("A", "B", "C", "D").forEach(key -> listings.put(key, T1));
        ResoWebApiFeed feed = feed(s -> s);

        ListingPage first = feed.changedSince(ReplicationCursor.start());
        ListingPage second = feed.next(first);

        assertThat(first.nextLink()).isPresent();
        assertThat(second.records()).extracting(ListingRecord::listingKey).containsExactly("C", "D");
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/odata/Property"))))
                .allSatisfy(r -> assertThat(r.queryParameter("$skip").isPresent()).isFalse());
    }

    @Test
    void select_top_and_a_fixed_filter_go_into_every_replication_query() {
        serveListingsLeniently();
        feed(s -> s.pageSize(500).select(List.of("ListPrice", "City", "MlgCanView")).fixedFilter("OriginatingSystemName eq 'mfrmls'"))
                .changedSince(ReplicationCursor.after(Instant.parse(T1), "A"));

        LoggedRequest request = server.findAll(getRequestedFor(urlPathEqualTo("/odata/Property"))).get(0);
        assertThat(request.queryParameter("$filter").firstValue()).isEqualTo("(OriginatingSystemName eq 'mfrmls') and "
                + "(ModificationTimestamp gt 2026-01-02T10:00:00Z or (ModificationTimestamp eq 2026-01-02T10:00:00Z and ListingKey gt 'A'))");
        assertThat(request.queryParameter("$top").firstValue()).isEqualTo("500");
        assertThat(request.queryParameter("$select").firstValue())
                .isEqualTo("ListingKey,ModificationTimestamp,PhotosChangeTimestamp,StandardStatus,ListPrice,City,MlgCanView");
        assertThat(request.queryParameter("$expand").isPresent()).isFalse();
        // OData servers read '+' literally: spaces travel as %20
        assertThat(request.getUrl()).contains("$filter=(OriginatingSystemName%20eq%20'mfrmls')%20and%20").doesNotContain("+");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer static-token");
        assertThat(request.getHeader("Accept-Encoding")).contains("gzip");
    }

    private void serveListingsLeniently() {
        server.stubFor(get(urlPathEqualTo("/odata/Property")).willReturn(okJson(page(List.of(), null))));
    }

    @Test
    void media_come_with_the_listing_through_expand_when_configured() {
        JsonObject withMedia = Json.createObjectBuilder(listing("A", T1)).add("PhotosChangeTimestamp", T2)
                .add("Media", Json.createArrayBuilder().add(media("M1", "A", 1)).add(media("M2", "A", 2)))
                .add("Media@odata.count", 2).build();
        server.stubFor(get(urlPathEqualTo("/odata/Property")).withQueryParam("$expand", equalTo("Media"))
                .willReturn(okJson(page(List.of(withMedia), null))));

        ListingRecord record = feed(s -> s.expandMedia(true)).changedSince(ReplicationCursor.start()).records().get(0);

        assertThat(record.media()).extracting(MediaRecord::mediaKey).containsExactly("M1", "M2");
        // the Property record as the payload keeps it: its own fields, the Media being stored as Media records
        assertThat(record.raw().keySet()).contains("ListingKey", "PhotosChangeTimestamp")
                .doesNotContain("Media", "Media@odata.count");
        assertThat(record.media().get(1).mediaUrl()).isEqualTo("https://photos.example.com/M2.jpg");
        assertThat(record.photosChangedSince(Instant.parse(T1))).isTrue();
        assertThat(record.photosChangedSince(Instant.parse(T2))).isFalse();
        assertThat(record.photosChangedSince(null)).isTrue();
    }

    @Test
    void media_of_one_listing_are_read_from_the_media_resource_over_several_pages() {
        server.stubFor(get(urlPathEqualTo("/odata/Media")).withQueryParam("$skip", equalTo("2"))
                .willReturn(okJson(page(List.of(media("M3", "O'Neil", 3)), null))));
        server.stubFor(get(urlPathEqualTo("/odata/Media")).withQueryParam("$filter", equalTo("ResourceRecordKey eq 'O''Neil'"))
                .atPriority(10).willReturn(okJson(page(List.of(media("M1", "O'Neil", 1), media("M2", "O'Neil", 2)), null))));

        List<MediaRecord> media = feed(s -> s).media("O'Neil");

        assertThat(media).extracting(MediaRecord::mediaKey).containsExactly("M1", "M2", "M3");
        MediaRecord first = media.get(0);
        assertThat(first.resourceRecordKey()).isEqualTo("O'Neil");
        assertThat(first.order()).hasValue(1);
        assertThat(first.mediaCategory()).hasValue("Photo");
        assertThat(first.mediaModificationTimestamp()).hasValue(Instant.parse(T1));
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/odata/Media")))).extracting(LoggedRequest::getUrl)
                .containsExactly("/odata/Media?$filter=ResourceRecordKey%20eq%20'O''Neil'&$orderby=Order,MediaKey&$top=2",
                        "/odata/Media?$filter=ResourceRecordKey%20eq%20'O''Neil'&$orderby=Order,MediaKey&$top=2&$skip=2");
    }

    @Test
    void reads_gzip_compressed_and_plain_answers() throws IOException {
        WireMockServer plainServer = new WireMockServer(options().dynamicPort().gzipDisabled(true));
        plainServer.start();
        try {
            byte[] gzipped = gzip(page(List.of(listing("A", T1), listing("B", T2)), null));
            plainServer.stubFor(get(urlPathEqualTo("/odata/Property")).withHeader("Accept-Encoding", equalTo("gzip"))
                    .willReturn(aResponse().withHeader("Content-Type", "application/json").withHeader("Content-Encoding", "gzip")
                            .withBody(gzipped)));
            plainServer.stubFor(get(urlPathEqualTo("/odata/Media"))
                    .willReturn(okJson(page(List.of(media("M1", "A", 1)), null))));
            ResoWebApiFeed feed = ResoWebApiFeed.of(ResoWebApiSettings.builder(URI.create(plainServer.baseUrl() + "/odata/"))
                    .staticToken("t").pageSize(5).build(), time, time);

            assertThat(feed.changedSince(ReplicationCursor.start()).records()).extracting(ListingRecord::listingKey)
                    .containsExactly("A", "B");
            assertThat(feed.media("A")).extracting(MediaRecord::mediaKey).containsExactly("M1");
        } finally {
            plainServer.stop();
        }
    }

    @Test
    void refuses_a_nextLink_to_another_host_so_the_token_never_leaves_the_provider() {
        server.stubFor(get(urlPathEqualTo("/odata/Property"))
                .willReturn(okJson(page(List.of(listing("A", T1)), "https://elsewhere.example.com/Property?$skiptoken=2"))));

        assertThatThrownBy(() -> feed(s -> s).changedSince(ReplicationCursor.start()))
                .isInstanceOf(FeedUnavailableException.class).hasMessageContaining("another host");
    }

    @Test
    void a_nextLink_that_is_no_url_fails_as_an_unusable_answer() {
        server.stubFor(get(urlPathEqualTo("/odata/Property"))
                .willReturn(okJson(page(List.of(listing("A", T1)), "Property?$filter=City eq 'Austin'"))));

        assertThatThrownBy(() -> feed(s -> s).changedSince(ReplicationCursor.start()))
                .isInstanceOf(FeedUnavailableException.class).hasMessageContaining("nextLink is not a URL");
    }

    @Test
    void an_answer_that_is_no_odata_page_fails_with_what_was_wrong() {
        server.stubFor(get(urlPathEqualTo("/odata/Property"))
                .willReturn(okJson("{\"value\":[{\"ListingKey\":\"A\",\"ModificationTimestamp\":\"yesterday\"}]}")));

        assertThatThrownBy(() -> feed(s -> s).changedSince(ReplicationCursor.start()))
                .isInstanceOf(FeedUnavailableException.class).hasMessageContaining("ModificationTimestamp is not an ISO-8601 timestamp");
    }

    static JsonObject listing(String key, String modified) {
        return Json.createObjectBuilder().add("ListingKey", key).add("ModificationTimestamp", modified).build();
    }

    private static JsonObject media(String key, String listingKey, int order) {
        return Json.createObjectBuilder().add("MediaKey", key).add("ResourceRecordKey", listingKey)
                .add("MediaURL", "https://photos.example.com/" + key + ".jpg").add("Order", order)
                .add("MediaCategory", "Photo").add("MediaModificationTimestamp", T1).build();
    }

    static String page(List<JsonObject> values, String nextLink) {
        var page = Json.createObjectBuilder().add("value", Json.createArrayBuilder(values));
        if (nextLink != null) {
            page.add("@odata.nextLink", nextLink);
        }
        return page.build().toString();
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
