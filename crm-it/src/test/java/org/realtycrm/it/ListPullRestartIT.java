package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.realtycrm.it.support.FakeTracerfy;
import org.realtycrm.it.support.ItProperties;
import org.realtycrm.it.support.Server;
import org.realtycrm.it.support.Unique;

/**
 * A list's run survives its server being killed in the middle of skip tracing: the JVM is killed hard (kill -9)
 * while the vendor still works on a batch the run has paid for; once the server is back, the run goes on by itself,
 * polls that batch instead of buying it again, and finishes with every owner traced once.
 */
class ListPullRestartIT extends CrmIT {

    private static final String PIPELINE = "/api/v1/pipeline";

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

    private static long recordedBatches(long pull) {
        try (Connection db = DriverManager.getConnection(ItProperties.dbUrl(), ItProperties.dbUser(),
                ItProperties.dbPassword());
                PreparedStatement query = db.prepareStatement("select count(*) from skip_trace_batches where pull_id = ?")) {
            query.setLong(1, pull);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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
