package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.FakeTracerfy;
import org.realtycrm.it.support.ItProperties;
import org.realtycrm.it.support.Server;
import org.realtycrm.it.support.Unique;

/**
 * A list's run survives its server being killed in the middle of skip tracing: the JVM is killed hard (kill -9)
 * while the vendor still works on a batch the run has paid for; once the server is back, the run goes on by itself,
 * polls that batch instead of buying it again, and finishes with every owner traced once. Killed between the chunks
 * of its import, it resumes after the last committed chunk and makes every owner a lead exactly once. Killed while
 * the parts of its file are parsed side by side, every part resumes at its first record not stored.
 */
class ListPullRestartIT extends CrmIT {

    private static final String PIPELINE = "/api/v1/pipeline";
    /** The name of ListLeads' lock: one import of a list's owners stores at a time. */
    private static final String IMPORT_TURN = "crm list leads";
    /** OffMarketProperties' lock, which each chunk of the parse step takes to place its properties. */
    private static final long PROPERTY_PLACEMENT = 0x6f66666d6b74L;

    @Test
    void aRunKilledWhileTheVendorTracesResumesWithoutBuyingTheBatchAgain() {
        String street = Unique.name();
        try (FakeTracerfy tracerfy = FakeTracerfy.start(List.of(), 26)) {
            tracerfy.hold();
            long mapping = admin().post(PIPELINE + "/mappings", Json.createObjectBuilder()
                    .add("name", "Restart " + street).add("style", "BATCHLEADS").build()).expect(201).json()
                    .getJsonNumber("id").longValue();
            long source = admin().post(PIPELINE + "/sources", Json.createObjectBuilder().add("name", "Restart " + street)
                    .add("kind", "UPLOAD").add("mappingId", mapping).add("traceWith", "VENDOR").build()).expect(201)
                    .json().getJsonNumber("id").longValue();
            StringBuilder csv = new StringBuilder("First Name,Last Name,Property Address,Property City,Property State,"
                    + "Property Zip\n");
            for (int i = 1; i <= 40; i++) {
                csv.append("Owner").append(i).append(",").append(street).append(",").append(i).append(" ").append(street)
                        .append(" St,Boston,MA,02134\n");
            }
            long pull = admin().upload(PIPELINE + "/sources/" + source + "/pulls", "restart.csv", "text/csv",
                    () -> new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8))).expect(201).json()
                    .getJsonNumber("id").longValue();
            // the kill must come once the run has recorded the batch it bought, not merely once the vendor has
            // answered: between those two moments is the one window the run cannot cover (docs/operations.md)
            await(() -> tracerfy.submitted().size() == 1 && recordedBatches(pull) == 1
                    && "TRACING".equals(admin().get(PIPELINE + "/pulls/" + pull).expect(200).json().getString("status")),
                    "the batch submitted, recorded, and the run waiting on it");

            Server.kill();
            Server.start();
            tracerfy.release();

            JsonObject done = awaitDone(pull);
            assertThat(done.getString("status")).as(done.toString()).isEqualTo("DONE");
            assertThat(done.getJsonNumber("rowsKept").longValue()).isEqualTo(40);
            assertThat(done.getJsonNumber("ownersTraced").longValue()).isEqualTo(40);
            assertThat(done.getJsonNumber("ownersFound").longValue()).isEqualTo(40);
            assertThat(tracerfy.submitted()).as("the batch is polled again, not bought again").hasSize(1);
            assertThat(done.getJsonNumber("traceCostCents").longValue()).isEqualTo(40 * 9);
        }
    }

    /**
     * The import step is caught between its chunks without luck: the test holds the one lock each chunk takes first
     * (ListLeads' turn, a Postgres advisory lock), lets exactly one chunk through by queueing behind it, and kills
     * the server while the next chunk waits. The run must then resume after the committed chunk: every owner a lead
     * once, each lead created once with one LEAD_CREATED entry, and each agent told once per chunk.
     */
    @Test
    void aRunKilledBetweenTheChunksOfItsImportMakesEveryOwnerALeadExactlyOnce() throws Exception {
        Accounts.agent();
        String word = Unique.word();
        String sourceName = "Import restart " + word;
        int rows = 2_500; // three chunks of crm.pipeline.chunk-size (1,000)
        long source = uploadedTracedList(sourceName);
        StringBuilder csv = new StringBuilder("First Name,Last Name,Property Address,Property City,Property State,"
                + "Property Zip,Email 1\n");
        int withoutContact = 0;
        for (int i = 1; i <= rows; i++) {
            boolean reachable = i % 10 != 0;
            withoutContact += reachable ? 0 : 1;
            csv.append("Owner").append(i).append(',').append(word).append(',').append(i).append(' ').append(word)
                    .append(" St,Boston,MA,02134,").append(reachable ? "owner" + i + "." + word + "@example.com" : "")
                    .append('\n');
        }
        long lastLine = rows + 1L;

        long pull;
        long committedUpTo;
        try (Connection holder = database(); Connection next = database()) {
            takeTurn(holder);
            pull = admin().upload(PIPELINE + "/sources/" + source + "/pulls", "import-restart.csv", "text/csv",
                    () -> new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8))).expect(201)
                    .json().getJsonNumber("id").longValue();
            long id = pull;
            await(() -> waitingForTheTurn() == 1 && "IMPORTING".equals(status(id)), "the first chunk to wait");
            // queued behind the first chunk: the turn comes back to the test once that chunk has committed
            CompletableFuture<Void> queued = CompletableFuture.runAsync(() -> takeTurn(next));
            await(() -> waitingForTheTurn() == 2, "the test queued behind the first chunk");
            giveTurnBack(holder);
            queued.get(2, TimeUnit.MINUTES);
            await(() -> waitingForTheTurn() == 1, "the second chunk to wait");
            committedUpTo = scalar("select imported_up_to_line from pipeline_pulls where id = ?", pull);
            assertThat(committedUpTo).as("some but not all chunks committed").isPositive().isLessThan(lastLine);
            assertThat(status(pull)).isEqualTo("IMPORTING");
            Server.kill();
        } // the held turn goes with its connection; the dead server's waiting chunk then fails on its lost client
        Server.start();

        JsonObject done = awaitDone(pull);
        assertThat(done.getString("status")).as(done.toString()).isEqualTo("DONE");
        long created = done.getJsonNumber("leadsCreated").longValue();
        assertThat(done.getJsonNumber("rowsKept").longValue()).isEqualTo(rows);
        assertThat(created).as("every reachable owner has an email of their own").isEqualTo(rows - withoutContact);
        assertThat(done.getJsonNumber("leadsMerged").longValue()).isZero();
        assertThat(done.getJsonNumber("rowsWithoutContact").longValue()).isEqualTo(withoutContact);
        assertThat(scalar("select imported_up_to_line from pipeline_pulls where id = ?", pull)).isEqualTo(lastLine);
        // each row's lead set once: every row has its outcome, each lead is one row's
        assertThat(scalar("select count(*) from pipeline_rows where pull_id = ? and lead_outcome is null", pull))
                .isZero();
        assertThat(scalar("select count(distinct lead_id) from pipeline_rows where pull_id = ?", pull))
                .isEqualTo(created);
        // no lead made twice: the list's leads are exactly the rows' leads, each created once on its timeline
        assertThat(scalar("select count(*) from leads where source = ?", "List: " + sourceName)).isEqualTo(created);
        assertThat(scalar("select count(*) from activities a join leads l on l.id = a.lead_id"
                + " where l.source = ? and a.action = 'LEAD_CREATED'", "List: " + sourceName)).isEqualTo(created);
        // the agents are told of each lead once: the chunk run again announces under the key it had
        long routed = scalar("select count(*) from leads where source = ? and assigned_agent_id is not null",
                "List: " + sourceName);
        String notices = "list-pull:" + pull + ":%";
        await(() -> announced(notices) >= routed, "the agents' notifications");
        assertThat(announced(notices)).isEqualTo(routed);
        assertThat(scalar("select count(*) - count(distinct dedupe_key) from notifications where dedupe_key like ?",
                notices)).isZero();
    }

    /**
     * The parse step's parts are caught between their chunks the same way, by the lock each chunk takes to place its
     * properties: the file is three parts of 1,500 rows (crm.pipeline.rows-per-part in the system tests), two parsed
     * at a time in chunks of 1,000. The test lets the two waiting chunks through by queueing behind them and kills
     * the server while the next ones wait. Every part must then resume at its first record not stored: each row
     * stored once, each property created once, every count once.
     */
    @Test
    void aRunKilledWhileItsPartsAreParsedResumesEveryPartWhereItStopped() throws Exception {
        String word = Unique.word();
        String sourceName = "Parse restart " + word;
        int rows = 4_500;
        long source = uploadedTracedList(sourceName);
        StringBuilder csv = new StringBuilder("First Name,Last Name,Property Address,Property City,Property State,"
                + "Property Zip,Email 1\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("Owner").append(i).append(',').append(word).append(',').append(i).append(' ').append(word)
                    .append(" Ave,Boston,MA,02134,").append("parsed").append(i).append('.').append(word)
                    .append("@example.com\n");
        }

        long pull;
        try (Connection holder = database(); Connection next = database()) {
            execute(holder, "select pg_advisory_lock(" + PROPERTY_PLACEMENT + ")");
            pull = admin().upload(PIPELINE + "/sources/" + source + "/pulls", "parse-restart.csv", "text/csv",
                    () -> new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8))).expect(201)
                    .json().getJsonNumber("id").longValue();
            long id = pull;
            await(() -> waitingForPlacement() == 2 && "PARSING".equals(status(id)), "two parts' first chunks to wait");
            CompletableFuture<Void> queued = CompletableFuture.runAsync(
                    () -> execute(next, "select pg_advisory_lock(" + PROPERTY_PLACEMENT + ")"));
            await(() -> waitingForPlacement() == 3, "the test queued behind them");
            execute(holder, "select pg_advisory_unlock(" + PROPERTY_PLACEMENT + ")");
            queued.get(2, TimeUnit.MINUTES);
            await(() -> waitingForPlacement() >= 1, "the next chunk to wait");
            long stored = scalar("select count(*) from pipeline_rows where pull_id = ?", pull);
            assertThat(stored).as("some but not all chunks committed").isPositive().isLessThan(rows);
            assertThat(scalar("select count(*) from pipeline_pull_parts where pull_id = ?", pull)).isEqualTo(3);
            assertThat(status(pull)).isEqualTo("PARSING");
            Server.kill();
        } // the held lock goes with its connection
        Server.start();

        JsonObject done = awaitDone(pull);
        assertThat(done.getString("status")).as(done.toString()).isEqualTo("DONE");
        assertThat(done.getJsonNumber("rowsRead").longValue()).isEqualTo(rows);
        assertThat(done.getJsonNumber("rowsKept").longValue()).isEqualTo(rows);
        assertThat(done.getJsonNumber("propertiesCreated").longValue()).isEqualTo(rows);
        assertThat(done.getJsonNumber("leadsCreated").longValue()).isEqualTo(rows);
        assertThat(scalar("select count(distinct line) from pipeline_rows where pull_id = ?", pull)).isEqualTo(rows);
        assertThat(scalar("select count(*) from properties where source = 'OFF_MLS' and lower(unparsed_address) like ?",
                "% " + word.toLowerCase(Locale.ROOT) + " ave")).isEqualTo(rows);
        assertThat(scalar("select count(*) from leads where source = ?", "List: " + sourceName)).isEqualTo(rows);
    }

    /** Who waits for the parse step's property placement lock (a bigint key: high and low 32 bits). */
    private static long waitingForPlacement() {
        return scalar("""
                select count(*) from pg_locks
                 where locktype = 'advisory' and not granted and objsubid = 1
                   and database = (select oid from pg_database where datname = current_database())
                   and classid = (?::bigint >> 32)::oid and objid = (%d::bigint & 4294967295)::oid"""
                .formatted(PROPERTY_PLACEMENT), PROPERTY_PLACEMENT);
    }

    /** A source of uploaded BatchLeads-style lists that come traced (the file's own phones and emails). */
    private static long uploadedTracedList(String name) {
        long mapping = admin().post(PIPELINE + "/mappings", Json.createObjectBuilder()
                .add("name", name).add("style", "BATCHLEADS").build()).expect(201).json()
                .getJsonNumber("id").longValue();
        return admin().post(PIPELINE + "/sources", Json.createObjectBuilder().add("name", name)
                .add("kind", "UPLOAD").add("mappingId", mapping).add("traceWith", "FILE").build()).expect(201)
                .json().getJsonNumber("id").longValue();
    }

    private static String status(long pull) {
        return admin().get(PIPELINE + "/pulls/" + pull).expect(200).json().getString("status");
    }

    /** The leads the notifications with these keys announce ("12 new leads from list …"). */
    private static long announced(String keys) {
        try (Connection db = database(); PreparedStatement query = db.prepareStatement(
                "select message from notifications where dedupe_key like ?")) {
            query.setString(1, keys);
            long leads = 0;
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    leads += Long.parseLong(result.getString(1).split(" ", 2)[0]);
                }
            }
            return leads;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void takeTurn(Connection db) {
        execute(db, "select pg_advisory_lock(hashtext('" + IMPORT_TURN + "'))");
    }

    private static void giveTurnBack(Connection db) {
        execute(db, "select pg_advisory_unlock(hashtext('" + IMPORT_TURN + "'))");
    }

    /** Who waits for an import's turn (ListLeads' lock, a bigint key: its low 32 bits are the lock's objid). */
    private static long waitingForTheTurn() {
        return scalar("""
                select count(*) from pg_locks
                 where locktype = 'advisory' and not granted and objsubid = 1
                   and database = (select oid from pg_database where datname = current_database())
                   and objid = (hashtext(?)::bigint & 4294967295)::oid""", IMPORT_TURN);
    }

    private static void execute(Connection db, String sql) {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A count or a number the query answers for one parameter (an id, a lead source, a key pattern). */
    private static long scalar(String sql, Object parameter) {
        try (Connection db = database(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection database() {
        try {
            return DriverManager.getConnection(ItProperties.dbUrl(), ItProperties.dbUser(), ItProperties.dbPassword());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long recordedBatches(long pull) {
        return scalar("select count(*) from skip_trace_batches where pull_id = ?", pull);
    }

    private static JsonObject awaitDone(long pull) {
        JsonObject[] last = new JsonObject[1];
        await(() -> {
            last[0] = admin().get(PIPELINE + "/pulls/" + pull).expect(200).json();
            return List.of("DONE", "FAILED").contains(last[0].getString("status"));
        }, "the run to end");
        return last[0];
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting for " + what).isBefore(deadline);
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
