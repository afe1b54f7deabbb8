package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.LeadJson.newLead;

import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.realtycrm.it.browser.Browser;
import org.realtycrm.it.browser.pages.AppShell;
import org.realtycrm.it.browser.pages.SignInPage;
import org.realtycrm.it.support.Api;
import org.realtycrm.it.support.FakeMls;
import org.realtycrm.it.support.ItProperties;
import org.realtycrm.it.support.Leads;
import org.realtycrm.it.support.LocalCluster;
import org.realtycrm.it.support.MetricsText;
import org.realtycrm.it.support.Response;
import org.realtycrm.it.support.Unique;
import org.realtycrm.it.support.UserJson;

/**
 * The production shape on one machine: two nodes on one database behind nginx, started as an operator starts them
 * ({@code ./crm cluster start}), and what it promises when a node goes away: the people signed in on it go on
 * working on the other without signing in again; the bell rings for a user on either node, whichever node stored
 * the notification; each timer runs once per period, not once per node; an MLS feed is synced by one node at a
 * time; a node killed during traffic loses none of the work it answered for.
 * <p>
 * Not a {@link CrmIT}: these nodes are not the build's test domain, and the build's deployment is not theirs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    private static LocalCluster cluster;
    private static Api admin;

    @BeforeAll
    static void startTwoNodes() {
        cluster = LocalCluster.start();
    }

    /** A token per test: the cluster's start and its tests together outlast one (15 minutes). */
    @BeforeEach
    void signInAsAdmin() {
        admin = Api.signIn(ItProperties.adminEmail(), ItProperties.adminPassword(), cluster.balancerUrl());
    }

    @AfterAll
    static void stopThem() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void aSignedInUserGoesOnWorkingWhenTheirNodeStops() {
        Agent agent = agent();
        try (Browser browser = Browser.desktop().at(cluster.balancerUrl())) {
            AppShell shell = SignInPage.open(browser).signIn(agent.email, agent.password);
            String page = browser.url();
            assertThat(shell.bellCount()).isZero();
            // nginx sends every request of one client address to one node: the browser's is the one this asks
            String node = screensNode();

            cluster.stopNode(node);
            Leads.as(admin).create(newLead().assignedTo(agent.id));

            // the bell's websocket finds the other node, which reloads the page, signed in from the ticket
            shell.waitForBellCount(1);
            assertThat(browser.url()).as("the same page, no sign-in form").isEqualTo(page);
            assertThat(screensNode()).isEqualTo(LocalCluster.other(node));
            AppShell leads = shell.go("leads");
            assertThat(leads.title()).isEqualTo("Leads");

            // signing out ends the sign-in everywhere: no node can continue it
            leads.signOut();
            assertThat(openSignIns(agent.id)).isZero();
        } finally {
            startAgainIfDown();
        }
    }

    @Test
    @Order(2)
    void theBellRingsForAUserOnEitherNodeWhicheverNodeStoredTheNotification() {
        Agent onA = agent();
        Agent onB = agent();
        try (Browser browserA = Browser.desktop().at(cluster.nodeUrl("a"));
             Browser browserB = Browser.desktop().at(cluster.nodeUrl("b"))) {
            AppShell shellA = SignInPage.open(browserA).signIn(onA.email, onA.password);
            AppShell shellB = SignInPage.open(browserB).signIn(onB.email, onB.password);

            // an assignment is delivered (JMS, the notification, its push) by the node that took the request
            Leads.as(admin.at(cluster.nodeUrl("b"))).create(newLead().assignedTo(onA.id));
            shellA.waitForBellCount(1);
            Leads.as(admin.at(cluster.nodeUrl("a"))).create(newLead().assignedTo(onB.id));
            shellB.waitForBellCount(1);
            Leads.as(admin.at(cluster.nodeUrl("a"))).create(newLead().assignedTo(onA.id));
            shellA.waitForBellCount(2);
        }
    }

    @Test
    @Order(3)
    void eachTimerRunsOncePerPeriodAcrossTheNodes() throws Exception {
        // the test profile's follow-up timer fires every 2 s on each node
        double runsBefore = followUpRuns();
        long claimsBefore = followUpClaims();
        Thread.sleep(20_000);
        double runs = followUpRuns() - runsBefore;
        long claims = followUpClaims() - claimsBefore;

        assertThat(runs).as("runs in 10 periods, with both nodes firing every period").isBetween(8.0, 11.0);
        assertThat(Math.abs(runs - claims)).as("each run claimed its period (runs in flight at either count differ)")
                .isLessThanOrEqualTo(2.0);
    }

    @Test
    @Order(4)
    void anMlsFeedIsSyncedByOneNodeAtATime() throws Exception {
        try (FakeMls mls = FakeMls.start()) {
            Instant modified = Instant.parse("2026-11-01T10:00:00Z");
            for (int i = 0; i < 6; i++) {
                mls.put("TWO-NODES-" + i, modified.plusSeconds(i), Json.createObjectBuilder()
                        .add("ListPrice", 300_000 + i).add("StandardStatus", "Active").build());
            }
            mls.slowPages(Duration.ofSeconds(2)); // three pages: a sync lasts a few seconds
            JsonObject feed = admin.at(cluster.nodeUrl("a")).create("/api/v1/mls/feeds", Json.createObjectBuilder()
                    .add("name", "Two nodes " + Unique.word()).add("kind", "RESO_WEB_API")
                    .add("baseUrl", mls.serviceRoot()).add("secretRef", "crm.mls.secret.it-feed")
                    // a cadence whose period does not end during the test: only the first load and "sync now" run
                    .add("cadenceSeconds", 100_000_000).add("requestsPerSecond", 50).add("requestsPerHour", 100_000)
                    .add("pageSize", 2).add("options", JsonObject.EMPTY_JSON_OBJECT).build());
            String runs = "/api/v1/mls/feeds/" + feed.getJsonNumber("id").longValue() + "/runs";
            String sync = "/api/v1/mls/feeds/" + feed.getJsonNumber("id").longValue() + "/sync";

            // node a starts the new feed's first load at once; while it runs, node b refuses to sync it
            awaitRun(runs, "RUNNING");
            assertThat(leaseOwner(feed)).startsWith(nodeName("a"));
            admin.at(cluster.nodeUrl("b")).post(sync, JsonObject.EMPTY_JSON_OBJECT).expect(409);
            awaitRun(runs, "SUCCEEDED");

            // once it is done, node b may sync it
            admin.at(cluster.nodeUrl("b")).post(sync, JsonObject.EMPTY_JSON_OBJECT).expect(202);
            Instant deadline = Instant.now().plusSeconds(60);
            while (admin.get(runs).expect(200).array().stream()
                    .filter(run -> run.getString("status").equals("SUCCEEDED")).count() < 2) {
                assertThat(Instant.now()).as("node b's sync").isBefore(deadline);
                Thread.sleep(300);
            }
            // newest first: each run started after the one before it ended
            List<JsonObject> history = admin.get(runs).expect(200).array();
            for (int i = 0; i + 1 < history.size(); i++) {
                assertThat(Instant.parse(history.get(i).getString("startedAt"))).as("runs never overlap: " + history)
                        .isAfterOrEqualTo(Instant.parse(history.get(i + 1).getString("finishedAt")));
            }
            admin.post("/api/v1/mls/feeds/" + feed.getJsonNumber("id").longValue() + "/disable",
                    JsonObject.EMPTY_JSON_OBJECT);
        }
    }

    @Test
    @Order(5)
    void aNodeKilledDuringTrafficLosesNoWorkItAnsweredFor() throws Exception {
        List<Long> created = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger createdAfterKill = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService traffic = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            traffic.submit(() -> {
                while (running.get()) {
                    try {
                        Response answer = admin.post(Leads.LEADS, newLead().build());
                        if (answer.status() == 201) {
                            created.add(Leads.id(answer.json()));
                            if (killed.get()) {
                                createdAfterKill.incrementAndGet();
                            }
                        } else {
                            refused.incrementAndGet();
                        }
                    } catch (UncheckedIOException cutOff) {
                        refused.incrementAndGet();
                    }
                }
            });
        }
        Thread.sleep(4_000);
        int beforeKill = created.size();
        Timestamp killedAt = databaseNow();
        cluster.killNode("b");
        killed.set(true);
        Thread.sleep(6_000);
        running.set(false);
        traffic.shutdown();
        assertThat(traffic.awaitTermination(90, TimeUnit.SECONDS)).isTrue();

        assertThat(beforeKill).as("leads created before the kill").isPositive();
        assertThat(createdAfterKill.get()).as("node a took all the traffic after the kill").isPositive();
        try (Connection db = cluster.database();
             PreparedStatement stored = db.prepareStatement("select count(*) from leads where id = any(?)")) {
            Array ids = db.createArrayOf("bigint", created.toArray());
            stored.setArray(1, ids);
            try (ResultSet result = stored.executeQuery()) {
                result.next();
                assertThat(result.getInt(1)).as("every lead answered with 201 (" + refused.get()
                        + " requests cut off by the kill were not answered so)").isEqualTo(created.size());
            }
        }

        try (Connection db = cluster.database(); PreparedStatement claims = db.prepareStatement(
                "select count(*) from timer_runs where timer = 'follow-up-reminders' and node = 'a' and slot > ?")) {
            claims.setTimestamp(1, killedAt);
            try (ResultSet result = claims.executeQuery()) {
                result.next();
                assertThat(result.getInt(1)).as("node a runs the timers while b is dead").isGreaterThanOrEqualTo(2);
            }
        }

        cluster.startNode("b");
        assertThat(admin.at(cluster.nodeUrl("b")).get(Leads.path(created.get(0))).status()).isEqualTo(200);
    }

    private static String screensNode() {
        return cluster.nodeOf(Api.anonymous().at(cluster.balancerUrl()).get("/app/login.xhtml", "text/html"));
    }

    private static void startAgainIfDown() {
        for (String node : List.of("a", "b")) {
            try {
                Api.anonymous().at(cluster.nodeUrl(node)).get("/api/v1/version").expect(200);
            } catch (RuntimeException | AssertionError down) {
                cluster.startNode(node);
            }
        }
    }

    private static double followUpRuns() {
        double runs = 0;
        for (String node : List.of("a", "b")) {
            runs += new MetricsText(Api.anonymous().at(cluster.nodeUrl(node)).get("/metrics", "text/plain")
                    .expect(200).body()).valueOrZero("crm_timer_duration_seconds_count",
                    "timer=\"follow-up-reminders\"");
        }
        return runs;
    }

    private static long followUpClaims() throws SQLException {
        try (Connection db = cluster.database(); PreparedStatement claims = db.prepareStatement(
                "select count(*) from timer_runs where timer = 'follow-up-reminders'");
             ResultSet result = claims.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static Timestamp databaseNow() throws SQLException {
        try (Connection db = cluster.database(); PreparedStatement now = db.prepareStatement("select clock_timestamp()");
             ResultSet result = now.executeQuery()) {
            result.next();
            return result.getTimestamp(1);
        }
    }

    private static int openSignIns(long userId) {
        try (Connection db = cluster.database(); PreparedStatement open = db.prepareStatement(
                "select count(*) from screen_sign_ins where user_id = ? and ended_at is null")) {
            open.setLong(1, userId);
            try (ResultSet result = open.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String leaseOwner(JsonObject feed) throws SQLException {
        try (Connection db = cluster.database();
             PreparedStatement owner = db.prepareStatement("select lease_owner from mls_feeds where id = ?")) {
            owner.setLong(1, feed.getJsonNumber("id").longValue());
            try (ResultSet result = owner.executeQuery()) {
                result.next();
                return String.valueOf(result.getString(1));
            }
        }
    }

    /** The node names nodes.sh gives the domains (CRM_NODE_NAME), as a lease owner starts with them. */
    private static String nodeName(String node) {
        return node + "/";
    }

    private static void awaitRun(String runs, String status) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (admin.get(runs).expect(200).array().stream().noneMatch(run -> run.getString("status").equals(status))) {
            assertThat(Instant.now()).as("a run " + status + ": " + admin.get(runs).body()).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    private static Agent agent() {
        UserJson user = UserJson.newUser("AGENT");
        JsonObject created = admin.create("/api/v1/users", user.build());
        return new Agent(created.getJsonNumber("id").longValue(), user.email(), user.password());
    }

    private record Agent(long id, String email, String password) {
    }
}
