package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.FeedRows.count;
import static org.realtycrm.it.support.FeedRows.listing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.realtycrm.it.support.FakeRets;
import org.realtycrm.it.support.MlsFeeds;
import org.realtycrm.it.support.Unique;

/**
 * Listings arrive from an MLS that still runs RETS 1.7.2 and stay in step with it: an administrator adds a RETS feed
 * over the API (its password by a configuration entry), the server logs in with HTTP Digest, searches with DMQL2 in
 * COMPACT-DECODED format, fetches photos with GetObject and logs out, against a fake RETS server in this JVM. The
 * MLS's own field names and status values arrive as Data Dictionary fields; later syncs take only the changes; a
 * search that fails in the middle of a large first load, and a listing changed between two pages, end with every
 * listing stored exactly once.
 */
class RetsSyncIT extends CrmIT {

    private static final String FEEDS = "/api/v1/mls/feeds";
    private static final String SECRET_REF = "crm.mls.secret.it-rets";
    private static final List<Long> FEEDS_MADE = new ArrayList<>();
    private static final MlsFeeds RUNS = new MlsFeeds();

    @AfterAll
    static void stopTheFeeds() {
        // their persistent timers outlive this class; stopped feeds leave the later tests alone
        FEEDS_MADE.forEach(id -> admin().post(FEEDS + "/" + id + "/disable", JsonObject.EMPTY_JSON_OBJECT));
    }

    @Test
    void listingsAndPhotosArriveInDataDictionaryTermsAndLaterSyncsTakeOnlyTheChanges() throws Exception {
        Instant t0 = Instant.now().minus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        try (FakeRets rets = FakeRets.start()) {
            List<String> statuses = List.of("Active", "Active", "Active", "Active", "Sold", "Under Contract", "Pending");
            for (int i = 1; i <= 7; i++) {
                rets.put(key(i), t0.plusSeconds(i / 2 * 60L), statuses.get(i - 1), 400_000 + i * 1_000); // pairs share a time
            }
            rets.photos(key(1), 2, t0).photos(key(2), 3, t0.plusSeconds(60));
            rets.put("BAD-1", t0.plusSeconds(120), "Temp Off Market", 1);

            Instant added = Instant.now().minusSeconds(1);
            long feed = addFeed(rets, FakeRets.USER, 10);
            JsonObject full = RUNS.awaitRun(feed, added, run -> run.getString("kind").equals("FULL"));
            assertThat(full.getString("status")).as(full.toString()).isEqualTo("SUCCEEDED");
            assertThat(full.getInt("created")).isEqualTo(7);
            assertThat(full.getString("errors")).contains("BAD-1").contains("'Temp Off Market'")
                    .contains("lookup.StandardStatus.Temp Off Market");
            assertThat(count("select count(*) from properties where feed_id = ?", feed)).isEqualTo(7);
            assertThat(count("select count(distinct listing_key) from properties where feed_id = ?", feed)).isEqualTo(7);
            assertThat(listing(feed, key(5), "standard_status")).as("Sold, through the feed's lookup").isEqualTo("Closed");
            assertThat(listing(feed, key(6), "standard_status")).isEqualTo("Active Under Contract");
            assertThat(listing(feed, key(7), "standard_status")).as("a DD value needs no lookup").isEqualTo("Pending");
            assertThat(listing(feed, key(3), "list_price")).isEqualTo("403000.00");
            assertThat(listing(feed, key(3), "city")).isEqualTo("Austin");
            assertThat(listing(feed, key(3), "listing_id")).isEqualTo("MLS-" + key(3));
            assertThat(listing(feed, key(3), "bedrooms_total")).isEqualTo("3");
            assertThat(listing(feed, key(1), "modification_timestamp")).as("Chicago time read in the server's zone")
                    .isEqualTo(listing(feed, key(1), "'" + t0 + "'::timestamptz"));
            assertThat(count("select count(*) from property_media m join properties p on p.id = m.property_id "
                    + "where p.feed_id = ? and m.stored_key is not null and m.thumbnail_key is not null "
                    + "and m.content_type = 'image/jpeg'", feed)).isEqualTo(5);
            assertThat(count("select count(*) from properties where feed_id = ? and photos_changed", feed)).isZero();
            assertThat(admin().get(FEEDS + "/" + feed).expect(200).json().getString("cursorListingKey")).isEqualTo(key(7));
            assertThat(rets.logins()).as("logged in").isPositive();
            assertThat(rets.logouts()).as("logged out after the sync").isPositive();
            int photosFetched = rets.photoRequests();
            int searchesBefore = rets.searches().size();

            // a price cut, a withdrawal, new photos on one listing
            Instant changed = t0.plus(1, ChronoUnit.DAYS);
            rets.put(key(3), changed, "Active", 389_000);
            rets.put(key(4), changed.plusSeconds(1), "Deleted", 404_000);
            rets.put(key(1), changed.plusSeconds(2), "Active", 401_000).photos(key(1), 2, changed.plusSeconds(2));
            Instant asked = Instant.now().minusSeconds(1);
            admin().post(FEEDS + "/" + feed + "/sync", JsonObject.EMPTY_JSON_OBJECT).expect(202);

            JsonObject increment = RUNS.awaitRun(feed, asked, run -> run.getString("kind").equals("INCREMENTAL"));
            assertThat(increment.getString("status")).as(increment.toString()).isEqualTo("SUCCEEDED");
            assertThat(increment.getInt("created")).isZero();
            assertThat(increment.getInt("updated")).isEqualTo(2);
            assertThat(increment.getInt("deleted")).isEqualTo(1);
            assertThat(listing(feed, key(4), "standard_status")).isEqualTo("Delete");
            assertThat(count("select count(*) from property_history h join properties p on p.id = h.property_id "
                    + "where p.feed_id = ? and p.listing_key = '" + key(3) + "' and h.field = 'LIST_PRICE' "
                    + "and h.new_price = 389000", feed)).isEqualTo(1);
            assertThat(rets.photoRequests() - photosFetched).as("only the changed photos are fetched again").isEqualTo(1);
            assertThat(count("select count(*) from properties where feed_id = ?", feed)).isEqualTo(7);
            // the increment asked from the cursor on, not for every listing again
            assertThat(replicationQueries(rets, searchesBefore)).isNotEmpty()
                    .allSatisfy(query -> assertThat(query).doesNotContain("1970"));
        }
    }

    @Test
    void aWrongUserNameOrPasswordFailsTheSyncAndSaysSo() throws Exception {
        try (FakeRets rets = FakeRets.start()) {
            Instant added = Instant.now().minusSeconds(1);
            long feed = addFeed(rets, "not-" + FakeRets.USER, 10);

            JsonObject refused = RUNS.awaitRun(feed, added, run -> true);
            assertThat(refused.getString("status")).isEqualTo("FAILED");
            assertThat(refused.getString("errors")).contains("refused the user name or password of not-" + FakeRets.USER)
                    .doesNotContain(FakeRets.PASSWORD);
            assertThat(rets.refusedLogins()).isPositive();
            assertThat(rets.searches()).isEmpty();
        }
    }

    @Test
    void aSearchFailingMidwayThroughALargeFirstLoadResumesWithEveryListingOnce() throws Exception {
        int listings = 30;
        Instant t0 = Instant.now().minus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        try (FakeRets rets = FakeRets.start()) {
            for (int i = 1; i <= listings; i++) {
                rets.put(key(100 + i), t0.plus(i, ChronoUnit.HOURS), "Active", 300_000 + i);
            }
            // windows of two pages of three: after the first page of one, its first listing changes (and leaves the
            // window, moving the others forward); at the third such second page, the Search fails with a RETS error
            Instant changed = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
            List<String> changedKey = new ArrayList<>();
            rets.changeBetweenPages((mls, firstPage) -> {
                changedKey.add(firstPage.get(0));
                mls.put(firstPage.get(0), changed, "Active", 488_000);
            });
            rets.failOnceAtLaterPage(3, "20203 Miscellaneous search error");

            Instant added = Instant.now().minusSeconds(1);
            long feed = addFeed(rets, FakeRets.USER, 2);
            JsonObject failed = RUNS.awaitRun(feed, added, run -> run.getString("kind").equals("FULL"));
            assertThat(failed.getString("status")).as(failed.toString()).isEqualTo("FAILED");
            assertThat(failed.getString("errors")).contains("ReplyCode 20203");
            long storedBefore = count("select count(*) from properties where feed_id = ?", feed);
            JsonObject cursor = admin().get(FEEDS + "/" + feed).expect(200).json();
            assertThat(cursor.getString("cursorListingKey", null)).as("whole windows moved the cursor: %s", cursor)
                    .isNotNull();
            int searchesBefore = rets.searches().size();

            Instant asked = Instant.now().minusSeconds(1);
            admin().post(FEEDS + "/" + feed + "/sync", JsonObject.EMPTY_JSON_OBJECT);
            JsonObject resumed = RUNS.awaitRun(feed, asked, run -> run.getString("kind").equals("FULL"));
            assertThat(resumed.getString("status")).as(resumed.toString()).isEqualTo("SUCCEEDED");
            assertThat(replicationQueries(rets, searchesBefore).get(0)).as("it goes on from the cursor")
                    .doesNotContain("1970");
            assertThat(failed.getInt("created") + resumed.getInt("created")).as("no listing created twice")
                    .isEqualTo(listings);
            assertThat(resumed.getInt("created")).isEqualTo(listings - (int) storedBefore);
            assertThat(count("select count(*) from properties where feed_id = ?", feed)).isEqualTo(listings);
            assertThat(count("select count(distinct listing_key) from properties where feed_id = ?", feed))
                    .isEqualTo(listings);
            assertThat(changedKey).as("a listing changed between two pages").hasSize(1);
            assertThat(listing(feed, changedKey.get(0), "list_price")).isEqualTo("488000.00");
            assertThat(count("select count(*) from property_history h join properties p on p.id = h.property_id "
                    + "where p.feed_id = ?", feed)).as("a first price and status each, and the one price change")
                    .isEqualTo(2L * listings + 1);
        }
    }

    private static List<String> replicationQueries(FakeRets rets, int from) {
        List<Map<String, String>> searches = rets.searches();
        return searches.subList(from, searches.size()).stream().filter(search -> !search.containsKey("Select"))
                .map(search -> search.get("Query")).toList();
    }

    private static long addFeed(FakeRets rets, String user, int pagesPerWindow) {
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("class", FakeRets.SEARCH_CLASS)
                .add("keyField", FakeRets.KEY)
                .add("modificationField", FakeRets.MODIFIED)
                .add("photosChangeField", FakeRets.PHOTOS_CHANGED)
                .add("statusField", FakeRets.STATUS)
                .add("deletedStatuses", "Deleted")
                .add("serverZone", FakeRets.ZONE.getId())
                .add("pagesPerWindow", String.valueOf(pagesPerWindow))
                .add("field.StandardStatus", FakeRets.STATUS)
                .add("field.ListPrice", FakeRets.PRICE)
                .add("field.ListingId", "LIST_105")
                .add("field.BedroomsTotal", "LIST_66")
                .add("field.City", "LIST_39")
                .add("field.StateOrProvince", "LIST_16")
                .add("field.PostalCode", "LIST_10")
                .add("lookup.StandardStatus.Sold", "Closed")
                .add("lookup.StandardStatus.Under Contract", "Active Under Contract");
        JsonObject feed = admin().create(FEEDS, Json.createObjectBuilder()
                .add("name", "IT RETS " + Unique.word())
                .add("kind", "RETS")
                .add("baseUrl", rets.loginUrl())
                .add("clientId", user)
                .add("secretRef", SECRET_REF)
                .add("cadenceSeconds", 3600)
                .add("requestsPerSecond", 50)
                .add("requestsPerHour", 100_000)
                .add("pageSize", 3)
                .add("options", options)
                .build());
        long id = feed.getJsonNumber("id").longValue();
        FEEDS_MADE.add(id);
        assertThat(feed.getString("secretRef")).isEqualTo(SECRET_REF);
        assertThat(feed.toString()).doesNotContain(FakeRets.PASSWORD);
        return id;
    }

    private static String key(int i) {
        return String.format("R%04d", i);
    }
}
