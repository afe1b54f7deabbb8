package org.realtycrm.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The MLS feeds API as the bootstrap administrator drives it in the system tests: a feed on a {@link FakeMls}, its runs awaited,
 * a sync asked for, and every feed made here stopped at the end (their persistent timers outlive a test class).
 */
public final class MlsFeeds {

    public static final String FEEDS = "/api/v1/mls/feeds";

    private final List<Long> made = new ArrayList<>();

    /** A RESO Web API feed on {@code mls}, syncing every minute, reading {@code pageSize} records a page: its id. */
    public long add(FakeMls mls, int pageSize, JsonObject options) {
        return create(mls, pageSize, options).getJsonNumber("id").longValue();
    }

    /** The same, answering the feed as its creation did. */
    public JsonObject create(FakeMls mls, int pageSize, JsonObject options) {
        JsonObject feed = Accounts.admin().create(FEEDS, Json.createObjectBuilder()
                .add("name", "IT MLS " + Unique.word())
                .add("kind", "RESO_WEB_API")
                .add("baseUrl", mls.serviceRoot())
                .add("secretRef", "crm.mls.secret.it-feed")
                .add("cadenceSeconds", 60)
                .add("requestsPerSecond", 50)
                .add("requestsPerHour", 100_000)
                .add("pageSize", pageSize)
                .add("options", options)
                .build());
        made.add(feed.getJsonNumber("id").longValue());
        return feed;
    }

    /** Asks for a sync now. */
    public void syncNow(long feed) {
        Accounts.admin().post(FEEDS + "/" + feed + "/sync", JsonObject.EMPTY_JSON_OBJECT).expect(202);
    }

    /** Waits for the newest finished run of {@code kind} that started at or after {@code since}. */
    public JsonObject awaitRun(long feed, Instant since, String kind) throws InterruptedException {
        return awaitRun(feed, since, run -> run.getString("kind").equals(kind));
    }

    public JsonObject awaitRun(long feed, Instant since, Predicate<JsonObject> wanted) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            for (JsonObject run : Accounts.admin().get(FEEDS + "/" + feed + "/runs").expect(200).array()) {
                if (wanted.test(run) && !run.getString("status").equals("RUNNING")
                        && !Instant.parse(run.getString("startedAt")).isBefore(since)) {
                    return run;
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no such run of feed " + feed + ": "
                + Accounts.admin().get(FEEDS + "/" + feed + "/runs").body());
    }

    /** Waits for the run, and checks that it succeeded. */
    public JsonObject awaitSucceeded(long feed, Instant since, String kind) throws InterruptedException {
        JsonObject run = awaitRun(feed, since, kind);
        assertThat(run.getString("status")).as(run.toString()).isEqualTo("SUCCEEDED");
        return run;
    }

    /** Stops every feed made here. */
    public void disableAll() {
        made.forEach(id -> Accounts.admin().post(FEEDS + "/" + id + "/disable", JsonObject.EMPTY_JSON_OBJECT));
    }
}
