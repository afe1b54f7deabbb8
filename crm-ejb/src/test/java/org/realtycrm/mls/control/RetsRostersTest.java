package org.realtycrm.mls.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.realtycrm.mls.entity.Roster;

/** A RETS feed's roster (Agent and Office resources) against {@link RetsServer}, which answers rows unsorted. */
class RetsRostersTest {

    private static final String AGENT_KEY = "AGENT_ID";
    private static final String AGENT_MODIFIED = "AGENT_MODIFIED";

    private final FakeTime time = new FakeTime();
    private RetsServer server;
    private final List<RetsFeed> feeds = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new RetsServer("LIST_87");
        server.rosterTable("Agent", "Member", AGENT_MODIFIED);
    }

    @AfterEach
    void stop() {
        feeds.forEach(RetsFeed::close);
        server.close();
    }

    private RetsFeed feed(UnaryOperator<RetsSettings.Builder> settings) {
        RetsSettings.Builder builder = RetsSettings.builder(server.loginUrl(), RetsServer.USER, RetsServer.PASSWORD,
                "RE_1", "LIST_1", "LIST_87").pageLimit(2).requestsPerSecond(1000);
        RetsFeed feed = RetsFeed.of(settings.apply(builder).build(), time, time);
        feeds.add(feed);
        return feed;
    }

    private RetsFeed agentsFeed() {
        return feed(s -> s.rosterSearch(Roster.MEMBERS,
                new RetsSettings.RosterSearch("Agent", "Member", AGENT_KEY, AGENT_MODIFIED)));
    }

    private void agent(String key, String modified, String name) {
        server.rosterRow("Agent", AGENT_KEY, key, AGENT_MODIFIED, modified, "AGENT_NAME", name);
    }

    private static List<RosterPage> replicate(ListingFeed feed, ReplicationCursor from) {
        List<RosterPage> pages = new ArrayList<>();
        RosterPage page = feed.rosterChangedSince(Roster.MEMBERS, from).orElseThrow();
        pages.add(page);
        while (page.hasMore()) {
            page = feed.next(page);
            pages.add(page);
        }
        return pages;
    }

    private static List<String> keys(List<RosterPage> pages) {
        return pages.stream().flatMap(page -> page.records().stream()).map(RosterRecord::key).toList();
    }

    @Test
    void agentsAreSearchedByTheirModificationTimeAndResumeFromTheCursorWithoutRepeats() {
        agent("M-3", "2026-11-01T10:00:05", "Cy");
        agent("M-1", "2026-11-01T10:00:00", "Ann");
        agent("M-2", "2026-11-01T10:00:00", "Bo");
        RetsFeed feed = agentsFeed();

        List<RosterPage> first = replicate(feed, ReplicationCursor.start());

        assertThat(first).hasSize(2);
        assertThat(first.get(0).records()).extracting(RosterRecord::key).as("a page in (time, key) order")
                .containsExactly("M-1", "M-3");
        assertThat(first.get(0).cursor()).as("the query's start until its last page").isEqualTo(ReplicationCursor.start());
        ReplicationCursor after = first.get(1).cursor();
        assertThat(after).as("the highest record of the whole query")
                .isEqualTo(ReplicationCursor.after(Instant.parse("2026-11-01T10:00:05Z"), "M-3"));
        assertThat(keys(first)).containsExactlyInAnyOrder("M-1", "M-2", "M-3");
        assertThat(first.get(1).records().get(0).raw().getString("AGENT_NAME")).isEqualTo("Bo");
        RetsServer.Request search = server.requests("/rets/search").get(0);
        assertThat(search.query()).containsEntry("SearchType", "Agent").containsEntry("Class", "Member")
                .containsEntry("Query", "(AGENT_MODIFIED=1970-01-01T00:00:00+)");

        agent("M-2", "2026-11-01T10:07:00", "Bo Renamed");
        List<RosterPage> next = replicate(feed, after);

        assertThat(keys(next)).as("only what changed after the cursor").containsExactly("M-2");
        assertThat(next.get(next.size() - 1).records().get(0).raw().getString("AGENT_NAME")).isEqualTo("Bo Renamed");
        assertThat(server.requests("/rets/search").get(2).query().get("Query"))
                .isEqualTo("(AGENT_MODIFIED=2026-11-01T10:00:05+)");
    }

    @Test
    void aRosterTheFeedNamesNoSearchForIsNotOfferedAndAsksTheServerNothing() {
        RetsFeed feed = agentsFeed();

        assertThat(feed.rosterChangedSince(Roster.OFFICES, ReplicationCursor.start())).isEqualTo(Optional.empty());
        assertThat(server.requests("/rets/search")).isEmpty();
    }

    @Test
    void aResourceTheServerDoesNotKnowIsRefusedWithItsReplyText() {
        RetsFeed feed = feed(s -> s.rosterSearch(Roster.OFFICES,
                new RetsSettings.RosterSearch("Office", "Office", "OFFICE_ID", "OFFICE_MODIFIED")));

        assertThatThrownBy(() -> feed.rosterChangedSince(Roster.OFFICES, ReplicationCursor.start()))
                .isInstanceOf(FeedUnavailableException.class).hasMessageContaining("Unknown resource");
    }
}
