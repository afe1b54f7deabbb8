package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.FeedRows.count;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.FakeMls;
import org.realtycrm.it.support.FeedRows;
import org.realtycrm.it.support.MlsFeeds;
import org.realtycrm.it.support.ProblemAssert;
import org.realtycrm.it.support.Server;
import org.realtycrm.it.support.Unique;

/**
 * Listings arrive from an MLS and stay in step with it: an administrator adds a feed over the API, the server pulls
 * the listings and their photos from a RESO Web API (a fake that speaks the protocol, in this JVM) on its own, and
 * later changes, deletions, provider throttling, server errors and a server killed mid-sync all end with every
 * listing stored exactly once, as the MLS has it.
 */
class MlsSyncIT extends CrmIT {

    private static final String FEEDS = MlsFeeds.FEEDS;
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private static final MlsFeeds FEEDS_MADE = new MlsFeeds();

    @AfterAll
    static void stopTheFeeds() {
        // their persistent timers outlive this class; stopped feeds leave the later tests alone
        FEEDS_MADE.disableAll();
    }

    @Test
    void listingsAndPhotosArriveAndFollowChangesDeletionsAndThrottling() throws Exception {
        try (FakeMls mls = FakeMls.start()) {
            for (int i = 1; i <= 7; i++) {
                mls.put(key(i), T0.plusSeconds(i / 2), price(400_000 + i * 1_000)); // pairs share a timestamp
            }
            mls.photos(key(1), 2, T0).photos(key(2), 3, T0);
            mls.put("BAD-1", T0.plusSeconds(2), Json.createObjectBuilder().add("StandardStatus", "Bogus").build());

            Instant added = Instant.now().minusSeconds(1);
            long feed = addFeed(mls, 3);
            JsonObject full = awaitRun(feed, added, run -> run.getString("kind").equals("FULL"));
            assertThat(full.getString("status")).as(full.toString()).isEqualTo("SUCCEEDED");
            assertThat(full.getInt("created")).isEqualTo(7);
            assertThat(full.getString("errors")).contains("BAD-1").contains("StandardStatus");
            assertThat(count("select count(*) from properties where feed_id = ?", feed)).isEqualTo(7);
            assertThat(count("select count(*) from property_history where property_id in "
                    + "(select id from properties where feed_id = ?)", feed)).as("first price and status").isEqualTo(14);
            assertThat(count("select count(*) from property_media m join properties p on p.id = m.property_id "
                    + "where p.feed_id = ? and m.stored_key is not null and m.thumbnail_key is not null", feed))
                    .isEqualTo(5);
            assertThat(count("select count(*) from properties where feed_id = ? and photos_changed", feed)).isZero();
            JsonObject state = admin().get(FEEDS + "/" + feed).expect(200).json();
            assertThat(state.getString("cursorListingKey")).isEqualTo(key(7));
            int photosFetched = mls.photoRequests();

            // a price cut, a withdrawal, new photos on one listing, a listing gone without a word; and the provider
            // throttles, then fails, before it answers
            mls.put(key(3), T0.plusSeconds(60), price(389_000));
            mls.put(key(4), T0.plusSeconds(61), Json.createObjectBuilder().add("StandardStatus", "Delete").build());
            mls.put(key(1), T0.plusSeconds(62), price(401_000)).photos(key(1), 2, T0.plusSeconds(62));
            mls.remove(key(6));
            mls.failNext(1, 429).failNext(1, 500);
            Instant asked = Instant.now().minusSeconds(1);
            admin().post(FEEDS + "/" + feed + "/sync?reconcile=true", JsonObject.EMPTY_JSON_OBJECT).expect(202);

            JsonObject reconcile = awaitRun(feed, asked, run -> run.getString("kind").equals("RECONCILE"));
            JsonObject increment = awaitRun(feed, asked, run -> run.getString("kind").equals("INCREMENTAL"));
            assertThat(increment.getString("status")).as(increment.toString()).isEqualTo("SUCCEEDED");
            assertThat(increment.getInt("updated")).isEqualTo(2);
            assertThat(increment.getInt("deleted")).isEqualTo(1);
            assertThat(reconcile.getString("status")).as(reconcile.toString()).isEqualTo("SUCCEEDED");
            assertThat(reconcile.getInt("deleted")).isEqualTo(1);
            assertThat(status(feed, key(4))).isEqualTo("Delete");
            assertThat(status(feed, key(6))).isEqualTo("Delete");
            assertThat(count("select count(*) from property_history h join properties p on p.id = h.property_id "
                    + "where p.feed_id = ? and p.listing_key = '" + key(3) + "' and h.field = 'LIST_PRICE' "
                    + "and h.new_price = 389000", feed)).isEqualTo(1);
            assertThat(mls.photoRequests() - photosFetched).as("only the changed photos are fetched again").isEqualTo(2);
            assertThat(count("select count(*) from properties where feed_id = ?", feed)).isEqualTo(7);
        }
    }

    @Test
    void aServerKilledMidSyncResumesWithEveryListingOnceAndItsPhotosComplete() throws Exception {
        try (FakeMls mls = FakeMls.start()) {
            int listings = 40;
            for (int i = 1; i <= listings; i++) {
                mls.put(key(100 + i), T0.plusSeconds(i), price(300_000 + i));
                mls.photos(key(100 + i), 1, T0);
            }
            mls.slowPages(Duration.ofMillis(700));
            // Media come with each listing here, as MLS Grid sends them: described with the page
            long feed = addFeed(mls, 2, Json.createObjectBuilder().add("expandMedia", "true").build());
            awaitCount("select count(*) from properties where feed_id = ?", feed, n -> n >= 6);
            Server.kill();
            long before = count("select count(*) from properties where feed_id = ?", feed);
            assertThat(before).as("listings stored when the server died").isLessThan(listings);
            mls.slowPages(Duration.ZERO);
            Instant restarted = Instant.now();
            Server.start();

            // the feed's persistent timer fires again after the start; the sync goes on from the cursor
            awaitCount("select count(*) from properties where feed_id = ? and not photos_changed", feed,
                    n -> n == listings);
            assertThat(count("select count(distinct listing_key) from properties where feed_id = ?", feed))
                    .isEqualTo(listings);
            assertThat(count("select count(*) from property_history h join properties p on p.id = h.property_id "
                    + "where p.feed_id = ?", feed)).as("one first price and status each, none twice").isEqualTo(2L * listings);
            assertThat(count("select count(*) from property_media m join properties p on p.id = m.property_id "
                    + "where p.feed_id = ? and m.stored_key is not null", feed)).isEqualTo(listings);
            JsonObject resumed = awaitRun(feed, restarted, run -> run.getString("kind").equals("FULL"));
            assertThat(resumed.getString("status")).as("the full load goes on after the restart: %s", resumed)
                    .isEqualTo("SUCCEEDED");
            assertThat(resumed.getInt("created")).as("it starts from the cursor, not from the first listing")
                    .isEqualTo(listings - (int) before);
            assertThat(admin().get(FEEDS + "/" + feed + "/runs").expect(200).array())
                    .anySatisfy(cut -> assertThat(String.valueOf(cut.get("errors"))).contains("the server stopped"));
        }
    }

    @Test
    void aListingChangedWhileTheFeedIsReadHidesNoOther() throws Exception {
        try (FakeMls mls = FakeMls.start()) {
            for (int i = 1; i <= 9; i++) {
                mls.put(key(200 + i), T0.plusSeconds(i), price(500_000 + i));
            }
            // once the first page (L0201-L0203) is read, L0202 changes: it moves behind the cursor, and every later
            // listing one place forward; the server's nextLink pages by $skip, which would now miss L0204
            mls.afterPropertyRequest(1, server -> server.put(key(202), T0.plusSeconds(100), price(488_000)));
            Instant added = Instant.now().minusSeconds(1);
            long feed = addFeed(mls, 3);

            JsonObject full = awaitRun(feed, added, run -> run.getString("kind").equals("FULL"));
            assertThat(full.getString("status")).as(full.toString()).isEqualTo("SUCCEEDED");
            assertThat(count("select count(*) from properties where feed_id = ?", feed)).isEqualTo(9);
            assertThat(count("select count(*) from properties where feed_id = ? and list_price = 488000", feed))
                    .as("the changed listing's new version").isEqualTo(1);
        }
    }

    @Test
    void timestampsFinerThanTheDatabaseKeepsPageOnToTheEnd() throws Exception {
        try (FakeMls mls = FakeMls.start()) {
            // a provider that sends 100 ns: five listings in one microsecond, in key order the reverse of time order
            for (int i = 1; i <= 5; i++) {
                mls.put(key(500 + i), T0.plusNanos(100L * (6 - i)), price(700_000 + i));
            }
            Instant added = Instant.now().minusSeconds(1);
            long feed = addFeed(mls, 2);

            JsonObject full = FEEDS_MADE.awaitSucceeded(feed, added, "FULL");
            assertThat(full.getInt("created")).isEqualTo(5);
            assertThat(full.getInt("pages")).as(full.toString()).isLessThanOrEqualTo(4);

            // a new version 100 ns after the last one read: the next increment takes it, and only it
            mls.put(key(505), T0.plusNanos(600), price(690_000));
            Instant asked = Instant.now().minusSeconds(1);
            FEEDS_MADE.syncNow(feed);
            JsonObject increment = FEEDS_MADE.awaitSucceeded(feed, asked, "INCREMENTAL");
            assertThat(increment.getInt("updated")).as(increment.toString()).isEqualTo(1);
            assertThat(FeedRows.listing(feed, key(505), "list_price")).startsWith("690000");
        }
    }

    @Test
    void aReloadReadsTheFeedAgainTakingWhatTheMlsCorrectedInPlace() throws Exception {
        try (FakeMls mls = FakeMls.start()) {
            for (int i = 1; i <= 5; i++) {
                mls.put(key(300 + i), T0.plusSeconds(i), price(600_000 + i));
            }
            Instant added = Instant.now().minusSeconds(1);
            long feed = addFeed(mls, 2);
            JsonObject firstLoad = awaitRun(feed, added, run -> run.getString("kind").equals("FULL"));
            assertThat(firstLoad.getString("status")).isEqualTo("SUCCEEDED");

            // the MLS corrects a price without moving ModificationTimestamp, and drops a listing without a word:
            // increments cannot see either
            mls.put(key(302), T0.plusSeconds(2), price(555_000));
            mls.remove(key(305));
            Instant asked = Instant.now().minusSeconds(1);
            JsonObject reloading = admin().post(FEEDS + "/" + feed + "/reload", JsonObject.EMPTY_JSON_OBJECT)
                    .expect(202).json();
            assertThat(reloading.getBoolean("reloadRequested")).isTrue();

            // the first load may have started within the second before: the reload is the other FULL run
            JsonObject reload = awaitRun(feed, asked, run -> run.getString("kind").equals("FULL")
                    && run.getJsonNumber("id").longValue() != firstLoad.getJsonNumber("id").longValue());
            assertThat(reload.getString("status")).as(reload.toString()).isEqualTo("SUCCEEDED");
            assertThat(reload.getInt("created")).isZero();
            assertThat(reload.getInt("updated")).as("only the corrected listing").isEqualTo(1);
            JsonObject reconcile = awaitRun(feed, asked, run -> run.getString("kind").equals("RECONCILE"));
            assertThat(reconcile.getInt("deleted")).isEqualTo(1);
            assertThat(count("select count(*) from properties where feed_id = ? and list_price = 555000", feed))
                    .isEqualTo(1);
            assertThat(status(feed, key(305))).isEqualTo("Delete");
            JsonObject state = admin().get(FEEDS + "/" + feed).expect(200).json();
            assertThat(state.getBoolean("reloadRequested")).isFalse();
            assertThat(state.getString("cursorListingKey")).isEqualTo(key(304));

            admin().post(FEEDS + "/" + feed + "/disable", JsonObject.EMPTY_JSON_OBJECT).expect(200);
            admin().post(FEEDS + "/" + feed + "/reload", JsonObject.EMPTY_JSON_OBJECT).expect(409);
            Accounts.agent().api().post(FEEDS + "/" + feed + "/reload", JsonObject.EMPTY_JSON_OBJECT).expect(403);
        }
    }

    @Test
    void whileAnotherServerHoldsTheFeedThisOneLeavesItAloneAndTakesItOverWhenTheLeaseLapses() throws Exception {
        try (FakeMls mls = FakeMls.start()) {
            for (int i = 1; i <= 3; i++) {
                mls.put(key(600 + i), T0.plusSeconds(i), price(800_000 + i));
            }
            Instant added = Instant.now().minusSeconds(1);
            long feed = addFeed(mls, 2);
            JsonObject firstLoad = FEEDS_MADE.awaitSucceeded(feed, added, "FULL");
            String band = "/api/v1/properties?minPrice=800001&maxPrice=800003";
            assertThat(admin().get(band).expect(200).json().getInt("total")).as("counted, and remembered").isEqualTo(3);

            // a second server on the same database is syncing the feed: its lease stands in mls_feeds
            FeedRows.update("update mls_feeds set lease_owner = 'other-host/server/run-1', "
                    + "lease_until = now() + interval '10 minutes' where id = ?", feed);
            mls.put(key(601), T0.plusSeconds(50), price(790_000));
            Instant asked = Instant.now().minusSeconds(1);
            ProblemAssert.assertThatProblem(admin().post(FEEDS + "/" + feed + "/sync", JsonObject.EMPTY_JSON_OBJECT))
                    .hasStatus(409);
            // a reload is taken by whoever syncs next: this server's attempt finds the lease taken and does nothing
            admin().post(FEEDS + "/" + feed + "/reload", JsonObject.EMPTY_JSON_OBJECT).expect(202);
            Thread.sleep(3_000);
            assertThat(admin().get(FEEDS + "/" + feed + "/runs").expect(200).array()).as("no run of this server")
                    .allSatisfy(run -> assertThat(run.asJsonObject().getJsonNumber("id").longValue())
                            .isEqualTo(firstLoad.getJsonNumber("id").longValue()));
            assertThat(FeedRows.listing(feed, key(601), "list_price")).startsWith("800001");
            assertThat(count("select count(*) from mls_feeds where id = ? and lease_owner = 'other-host/server/run-1'",
                    feed)).as("the other server's lease stands").isEqualTo(1);

            // the other server died: once its lease has lapsed, this one takes the feed and the reload with it
            FeedRows.update("update mls_feeds set lease_until = now() - interval '1 second' where id = ?", feed);
            // the reload's own attempt, had it come later than the pause above, may be the one that takes it now
            assertThat(admin().post(FEEDS + "/" + feed + "/sync", JsonObject.EMPTY_JSON_OBJECT).status())
                    .isIn(202, 409);
            // the first load may have started within the second before "asked": the reload is the other FULL run
            JsonObject reload = awaitRun(feed, asked, run -> run.getString("kind").equals("FULL")
                    && run.getJsonNumber("id").longValue() != firstLoad.getJsonNumber("id").longValue());
            assertThat(reload.getString("status")).as(reload.toString()).isEqualTo("SUCCEEDED");
            assertThat(reload.getInt("updated")).as(reload.toString()).isEqualTo(1);
            assertThat(FeedRows.listing(feed, key(601), "list_price")).startsWith("790000");
            assertThat(admin().get(band).expect(200).json().getInt("total"))
                    .as("the sync's pages move the search's change counter: the remembered total is not reused")
                    .isEqualTo(2);
            JsonObject state = admin().get(FEEDS + "/" + feed).expect(200).json();
            assertThat(state.getBoolean("reloadRequested")).isFalse();
        }
    }

    @Test
    void feedsAreForAdministratorsAndBadSettingsAreNamed() {
        Accounts.agent().api().get(FEEDS).expect(403);
        JsonObject rets = Json.createObjectBuilder().add("name", "RETS " + Unique.word()).add("kind", "RETS")
                .add("baseUrl", "https://rets.example.com/login").add("clientId", "user")
                .add("secretRef", "crm.mls.secret.rets").add("cadenceSeconds", 30).add("requestsPerSecond", 2)
                .add("requestsPerHour", 7200).add("pageSize", 500)
                .add("options", Json.createObjectBuilder().add("keyField", "LIST_1").add("colour", "blue"))
                .build();
        ProblemAssert.assertThatProblem(admin().post(FEEDS, rets)).hasStatus(400)
                .hasFieldError("cadenceSeconds");
        JsonObject missing = Json.createObjectBuilder().add("name", "No kind").build();
        ProblemAssert.assertThatProblem(admin().post(FEEDS, missing)).hasStatus(400)
                .hasFieldError("kind").hasFieldError("pageSize");
        JsonObject retsOptions = Json.createObjectBuilder(rets).add("cadenceSeconds", 300).build();
        ProblemAssert.assertThatProblem(admin().post(FEEDS, retsOptions)).hasStatus(400)
                .hasFieldError("options.colour").hasFieldError("options.class")
                .hasFieldError("options.modificationField");
        ProblemAssert.assertThatProblem(admin().post(FEEDS + "/999999/sync", JsonObject.EMPTY_JSON_OBJECT)).hasStatus(404);
    }

    private static long addFeed(FakeMls mls, int pageSize) {
        return addFeed(mls, pageSize, JsonObject.EMPTY_JSON_OBJECT);
    }

    private static long addFeed(FakeMls mls, int pageSize, JsonObject options) {
        JsonObject feed = FEEDS_MADE.create(mls, pageSize, options);
        assertThat(feed.getString("secretRef")).isEqualTo("crm.mls.secret.it-feed");
        assertThat(feed.toString()).doesNotContain(FakeMls.TOKEN);
        return feed.getJsonNumber("id").longValue();
    }

    private static JsonObject awaitRun(long feed, Instant since, Predicate<JsonObject> wanted)
            throws InterruptedException {
        return FEEDS_MADE.awaitRun(feed, since, wanted);
    }

    private static void awaitCount(String sql, long feed, Predicate<Long> wanted) throws Exception {
        Instant deadline = Instant.now().plusSeconds(240);
        long last = -1;
        while (Instant.now().isBefore(deadline)) {
            try {
                last = count(sql, feed);
                if (wanted.test(last)) {
                    return;
                }
            } catch (SQLException e) {
                // the database answers throughout; a server restart does not touch it
                throw e;
            }
            Thread.sleep(300);
        }
        throw new AssertionError(sql + " stayed at " + last);
    }

    private static String status(long feed, String key) throws SQLException {
        return FeedRows.listing(feed, key, "standard_status");
    }

    private static String key(int i) {
        return String.format("L%04d", i);
    }

    private static JsonObject price(int price) {
        JsonObjectBuilder fields = Json.createObjectBuilder().add("ListPrice", price).add("BedroomsTotal", 3);
        return fields.build();
    }
}
