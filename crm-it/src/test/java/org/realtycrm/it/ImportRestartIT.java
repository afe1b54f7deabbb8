package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.GeneratedCsv;
import org.realtycrm.it.support.Imports;
import org.realtycrm.it.support.ItProperties;
import org.realtycrm.it.support.Server;

/**
 * An import survives its server being killed: the JVM is killed hard (kill -9) after some chunks have committed,
 * the domain is started again, and the import resumes from its last checkpoint and finishes with every row
 * counted exactly once.
 */
class ImportRestartIT extends CrmIT {

    @TempDir
    Path dir;

    @Test
    void anImportKilledWithItsServerResumesAndCountsEveryRowOnce() throws Exception {
        Accounts.agent();
        GeneratedCsv file = GeneratedCsv.write(dir.resolve("big.csv"), 60_000, "512", 89, 37);
        JsonObject accepted = Imports.upload(admin(), "big.csv", "text/csv", () -> open(file.file())).expect(202).json();
        long id = accepted.getJsonNumber("id").longValue();

        JsonObject before = awaitProgress(id);
        Server.kill();
        long committed = scalar("select rows_read from lead_imports where id = ?", id);
        assertThat(committed).as("rows counted when the server died").isPositive().isLessThan(file.rows());
        Server.start();

        JsonObject done = Imports.awaitFinished(admin(), id, Duration.ofMinutes(5));
        assertThat(done.getString("status")).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.getJsonNumber("rowsRead").longValue()).isEqualTo(file.rows());
        assertThat(done.getJsonNumber("imported").longValue()).isEqualTo(file.imported());
        assertThat(done.getJsonNumber("duplicates").longValue()).isEqualTo(file.duplicates());
        assertThat(done.getJsonNumber("rejected").longValue()).isEqualTo(file.invalid());
        // every data line is a lead or a reject, never both, never twice
        assertThat(scalar("select count(*) from leads where import_id = ?", id)).isEqualTo(file.imported());
        assertThat(scalar("select count(distinct import_line) from leads where import_id = ?", id))
                .isEqualTo(file.imported());
        assertThat(scalar("select count(*) from lead_import_rejects where import_id = ?", id))
                .isEqualTo(file.invalid() + file.duplicates());
        // leads and rejects together cover every data line once: their union has as many lines as the file rows
        assertThat(scalar("select count(*) from (select import_line from leads where import_id = ? union "
                + "select line from lead_import_rejects where import_id = ?) covered", id)).isEqualTo(file.rows());
        // audited once, not once per lead: begun once and ended once, through the crash
        assertThat(scalar("select count(*) from activities a join leads l on l.id = a.lead_id "
                + "where l.import_id = ?", id)).isZero();
        assertThat(scalar("select count(*) from activities where subject_type = 'LEAD_IMPORT' and subject_id = ? "
                + "and action = 'LEAD_IMPORT_STARTED'", id)).isEqualTo(1);
        assertThat(scalar("select count(*) from activities where subject_type = 'LEAD_IMPORT' and subject_id = ? "
                + "and action = 'LEAD_IMPORT_FINISHED'", id)).isEqualTo(1);
        assertThat(before.getString("status")).isEqualTo("RUNNING");
    }

    /** Waits until at least two chunks have committed while the import is still running. */
    private static JsonObject awaitProgress(long id) {
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            JsonObject state = admin().get(Imports.path(id)).expect(200).json();
            assertThat(state.getString("status")).as("the file must outlast the wait: %s", state).isIn("QUEUED", "RUNNING");
            if (state.getJsonNumber("rowsRead").longValue() >= 4_000) {
                return state;
            }
            Imports.pause(Duration.ofMillis(100));
        }
        throw new AssertionError("import " + id + " made no progress");
    }

    private static long scalar(String sql, long parameter) throws SQLException {
        try (Connection db = DriverManager.getConnection(ItProperties.dbUrl(), ItProperties.dbUser(),
                ItProperties.dbPassword()); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 1; i <= query.getParameterMetaData().getParameterCount(); i++) {
                query.setLong(i, parameter);
            }
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
