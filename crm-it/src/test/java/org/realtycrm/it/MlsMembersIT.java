package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.FeedRows.count;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.realtycrm.it.support.FakeMls;
import org.realtycrm.it.support.MlsFeeds;
import org.realtycrm.it.support.Unique;

/**
 * A listing shows its agent and office by name: the sync replicates the MLS's Member and Office records beside its
 * listings (paged, each by its own cursor), the properties API names the list agent and office from them (falling
 * back to the names the listing carries), a renamed agent arrives with the next sync, and an MLS that gives no
 * roster still has its listings synced.
 */
class MlsMembersIT extends CrmIT {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private static final MlsFeeds FEEDS = new MlsFeeds();

    @AfterAll
    static void stopTheFeeds() {
        FEEDS.disableAll();
    }

    @Test
    void theApiNamesTheListAgentAndOfficeFromTheRosterAndFollowsItsChanges() throws Exception {
        String city = "Rosterville " + Unique.word();
        try (FakeMls mls = FakeMls.start()) {
            mls.put("LM-1", T0, listing(city, "AG-1", "J. Smith (as listed)", "OF-1", "Smith & Co (as listed)"));
            mls.put("LM-2", T0.plusSeconds(1), listing(city, "AG-9", "Pat Listed", "OF-2", "Lake (as listed)"));
            mls.member("AG-1", T0, "Jane Smith", "jane@hillcountry.example", "512-555-0100", "OF-1")
                    .member("AG-2", T0, "Bo Second", "bo@hillcountry.example", "512-555-0102", "OF-1")
                    .member("AG-3", T0.plusSeconds(5), "Cy Third", "cy@lakeway.example", "512-555-0103", "OF-2");
            mls.office("OF-1", T0, "Hill Country Realty", "512-555-0111")
                    .office("OF-2", T0, "Lakeway Homes", "512-555-0122");

            Instant added = Instant.now().minusSeconds(1);
            long feed = FEEDS.add(mls, 2, JsonObject.EMPTY_JSON_OBJECT);
            JsonObject full = FEEDS.awaitSucceeded(feed, added, "FULL");

            assertThat(full.getInt("created")).isEqualTo(2);
            assertThat(full.getInt("members")).as("three members over two pages").isEqualTo(3);
            assertThat(full.getInt("offices")).isEqualTo(2);
            assertThat(full.isNull("errors")).as(full.toString()).isTrue();
            JsonObject listed = property(feed, "LM-1");
            assertThat(listed.getString("listAgentKey")).isEqualTo("AG-1");
            assertThat(listed.getString("listAgentFullName")).isEqualTo("Jane Smith");
            assertThat(listed.getString("listAgentEmail")).isEqualTo("jane@hillcountry.example");
            assertThat(listed.getString("listAgentPreferredPhone")).isEqualTo("512-555-0100");
            assertThat(listed.getString("listOfficeName")).isEqualTo("Hill Country Realty");
            assertThat(listed.getString("listOfficePhone")).isEqualTo("512-555-0111");
            JsonObject agentNotInRoster = property(feed, "LM-2");
            assertThat(agentNotInRoster.getString("listAgentFullName")).as("the listing's own name")
                    .isEqualTo("Pat Listed");
            assertThat(agentNotInRoster.isNull("listAgentEmail")).isTrue();
            assertThat(agentNotInRoster.getString("listOfficeName")).isEqualTo("Lakeway Homes");
            assertThat(search(city)).extracting(p -> p.getString("listAgentFullName"))
                    .as("the search names them too").containsExactlyInAnyOrder("Jane Smith", "Pat Listed");

            // the agent marries and the office moves: the roster changes, the listing does not
            mls.member("AG-1", T0.plusSeconds(600), "Jane Smith-Lopez", "jane@hillcountry.example", "512-555-0100",
                    "OF-1");
            mls.office("OF-1", T0.plusSeconds(600), "Hill Country Realty", "512-555-0199");
            Instant asked = Instant.now().minusSeconds(1);
            FEEDS.syncNow(feed);
            JsonObject next = FEEDS.awaitSucceeded(feed, asked, "INCREMENTAL");

            assertThat(next.getInt("members")).as("only the changed member").isEqualTo(1);
            assertThat(next.getInt("offices")).isEqualTo(1);
            assertThat(next.getInt("updated")).isZero();
            JsonObject renamed = property(feed, "LM-1");
            assertThat(renamed.getString("listAgentFullName")).isEqualTo("Jane Smith-Lopez");
            assertThat(renamed.getString("listOfficePhone")).isEqualTo("512-555-0199");
            assertThat(count("select count(*) from mls_members where feed_id = ?", feed)).isEqualTo(3);
        }
    }

    @Test
    void anMlsWithoutMemberAndOfficeRecordsStillSyncsItsListings() throws Exception {
        String city = "Norosterton " + Unique.word();
        try (FakeMls mls = FakeMls.start().withoutRoster()) {
            mls.put("LN-1", T0, listing(city, "AG-1", "Pat Listed", "OF-1", "Listed Office"));
            mls.put("LN-2", T0.plusSeconds(1), listing(city, "AG-2", "Quinn Listed", "OF-1", "Listed Office"));

            Instant added = Instant.now().minusSeconds(1);
            long feed = FEEDS.add(mls, 5, JsonObject.EMPTY_JSON_OBJECT);
            JsonObject full = FEEDS.awaitSucceeded(feed, added, "FULL");

            assertThat(full.getInt("created")).isEqualTo(2);
            assertThat(full.getInt("members")).isZero();
            assertThat(full.getInt("offices")).isZero();
            String errors = full.getString("errors");
            assertThat(errors.split("\n")).as(errors).hasSize(2);
            assertThat(errors).contains("no Member records").contains("no Office records");
            JsonObject listed = property(feed, "LN-1");
            assertThat(listed.getString("listAgentFullName")).isEqualTo("Pat Listed");
            assertThat(listed.getString("listOfficeName")).isEqualTo("Listed Office");
            assertThat(listed.isNull("listOfficePhone")).isTrue();
            assertThat(admin().get(MlsFeeds.FEEDS + "/" + feed).expect(200).json().getBoolean("enabled")).isTrue();

            // said once, in the full load: the increments that follow do not repeat it
            Instant asked = Instant.now().minusSeconds(1);
            FEEDS.syncNow(feed);
            JsonObject increment = FEEDS.awaitSucceeded(feed, asked, "INCREMENTAL");
            assertThat(increment.isNull("errors")).as(increment.toString()).isTrue();
        }
    }

    private static JsonObject listing(String city, String agentKey, String agentName, String officeKey,
                                      String officeName) {
        return Json.createObjectBuilder().add("City", city).add("ListPrice", 450_000)
                .add("ListAgentKey", agentKey).add("ListAgentFullName", agentName)
                .add("ListOfficeKey", officeKey).add("ListOfficeName", officeName).build();
    }

    /** The listing as GET /properties/{id} gives it. */
    private static JsonObject property(long feed, String listingKey) throws SQLException {
        long id = count("select id from properties where feed_id = ? and listing_key = '" + listingKey + "'", feed);
        return admin().get("/api/v1/properties/" + id).expect(200).json();
    }

    private static List<JsonObject> search(String city) {
        return admin().get("/api/v1/properties?city=" + city.replace(" ", "%20")).expect(200).items();
    }

}
