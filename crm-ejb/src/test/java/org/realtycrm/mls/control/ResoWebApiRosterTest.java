package org.realtycrm.mls.control;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import jakarta.json.Json;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.realtycrm.mls.entity.Roster;

/** The RESO Web API adapter reading the roster (Member and Office records) from WireMock. */
class ResoWebApiRosterTest {

    private static final String T1 = "2026-01-02T10:00:00Z";
    private static final String T2 = "2026-01-02T11:00:00Z";
    private static final String T3 = "2026-01-02T12:00:00Z";

    private final ListingServer members = ListingServer.keyedBy("member-server", "MemberKey");
    private final WireMockServer server = new WireMockServer(options().dynamicPort().extensions(members));
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

    private void serveMembersAt(String path) {
        server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withTransformers("member-server")));
    }

    private static List<RosterRecord> replicate(ListingFeed feed, ReplicationCursor from) {
        List<RosterRecord> seen = new ArrayList<>();
        RosterPage page = feed.rosterChangedSince(Roster.MEMBERS, from).orElseThrow();
        seen.addAll(page.records());
        while (page.hasMore()) {
            page = feed.next(page);
            seen.addAll(page.records());
        }
        return seen;
    }

    private List<String> queries(String path) {
        return server.findAll(getRequestedFor(urlPathEqualTo(path))).stream()
                .map(request -> URI.create(request.getUrl()).getQuery()).toList();
    }

    @Test
    void membersReplicateByTheirOwnCursorSelectingTheFieldsTheSyncKeeps() {
        serveMembersAt("/odata/Member");
        members.put("M-1", T1, Json.createObjectBuilder().add("MemberFullName", "Ann Agent").build())
                .put("M-2", T1).put("M-3", T2).put("M-4", T3);
        ResoWebApiFeed feed = feed(s -> s);

        List<RosterRecord> all = replicate(feed, ReplicationCursor.start());
        // once read, M-2 changes: it comes again after the cursor, and nothing else does
        members.put("M-2", T3.replace("12:", "13:"));
        ReplicationCursor after = all.get(all.size() - 1).cursor();
        List<RosterRecord> changed = replicate(feed, after);

        assertThat(all).extracting(RosterRecord::key).containsExactly("M-1", "M-2", "M-3", "M-4");
        assertThat(all.get(0).raw().getString("MemberFullName")).isEqualTo("Ann Agent");
        assertThat(all.get(3).modificationTimestamp()).isEqualTo(Instant.parse(T3));
        assertThat(changed).extracting(RosterRecord::key).containsExactly("M-2");
        List<String> queries = queries("/odata/Member");
        assertThat(queries.get(0)).isEqualTo("$orderby=ModificationTimestamp,MemberKey&$top=2&$select="
                + String.join(",", ListingMapping.fields(Roster.MEMBERS)));
        assertThat(queries.get(1)).as("the next page from the cursor, never by $skip").startsWith(
                "$filter=ModificationTimestamp gt " + T1 + " or (ModificationTimestamp eq " + T1
                        + " and MemberKey gt 'M-2')&");
    }

    @Test
    void aServiceWithoutTheResourceOffersNoRosterButOtherRefusalsFail() {
        server.stubFor(get(urlPathEqualTo("/odata/Office")).willReturn(aResponse().withStatus(404)));
        server.stubFor(get(urlPathEqualTo("/odata/Member")).willReturn(aResponse().withStatus(403)));
        ResoWebApiFeed feed = feed(s -> s);

        assertThat(feed.rosterChangedSince(Roster.OFFICES, ReplicationCursor.start())).isEmpty();
        assertThatThrownBy(() -> feed.rosterChangedSince(Roster.MEMBERS, ReplicationCursor.start()))
                .isInstanceOf(FeedUnavailableException.class).hasMessageContaining("HTTP 403");
    }

    @Test
    void aProviderThatNamesTheEntitySetOtherwiseIsAskedByThatName() {
        serveMembersAt("/odata/Agents");
        members.put("M-1", T1);

        List<RosterRecord> all = replicate(feed(s -> s.rosterResource(Roster.MEMBERS, "Agents")),
                ReplicationCursor.start());

        assertThat(all).extracting(RosterRecord::key).containsExactly("M-1");
    }
}
