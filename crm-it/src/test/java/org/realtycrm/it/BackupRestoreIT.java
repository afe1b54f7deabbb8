package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.ItProperties;
import org.realtycrm.it.support.Leads;
import org.realtycrm.it.support.Properties;
import org.realtycrm.it.support.Response;
import org.realtycrm.it.support.StoredPhotos;
import org.realtycrm.platform.crypto.DataKeys;
import org.realtycrm.platform.sealing.FieldCipher;
import org.realtycrm.platform.sealing.KeyRing;
import org.realtycrm.platform.storage.DocumentContent;
import org.realtycrm.platform.storage.DocumentStore;
import org.realtycrm.platform.storage.FileSystemDocumentStore;

/**
 * A backup taken through the API, restored by {@code server-config/restore.sh} (what {@code ./crm restore} runs) into
 * another database, and compared with the live one. Also: the archive is encrypted, a tampered archive is refused
 * before anything is written, only administrators may back up, and the backup age reaches the metrics.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupRestoreIT extends CrmIT {

    private static final String BACKUPS = "/api/v1/backups";
    private static final String RESTORED = ItProperties.dbUrl().replaceAll("/[^/]+$", "/crm_it_restored");
    private static final String REFUSED = ItProperties.dbUrl().replaceAll("/[^/]+$", "/crm_it_refused");

    /** Tables nothing but a test writes to: they must read the same in the live and the restored database. */
    private static final List<String> QUIET_TABLES = List.of("users", "leads", "lead_phones", "properties",
            "property_media", "flyway_schema_history");

    private static final Path KEY_FILE = ItProperties.secretsDir().resolve("data-keys");

    @TempDir
    static Path restoredDocuments;

    private static JsonObject backup;
    private static JsonObject lead;
    private static String photoKey;

    @BeforeAll
    static void backUpAfterAddingALeadAndAnAgentsPhoto() throws Exception {
        dropDatabases();
        lead = adminLeads().create();
        long property = Properties.as(admin()).create().getJsonNumber("id").longValue();
        long media = StoredPhotos.add(property);
        try (Connection db = connect(ItProperties.dbUrl()); Statement statement = db.createStatement();
             ResultSet row = statement.executeQuery("select stored_key from property_media where id = " + media)) {
            row.next();
            photoKey = row.getString(1);
        }

        Response started = admin().send("POST", BACKUPS, "application/json", "");
        assertThat(started.expect(202).json().getString("status")).isEqualTo("RUNNING");
        String location = started.header("Location");
        assertThat(location).contains(BACKUPS + "/");
        backup = awaitFinished(location.substring(location.indexOf(BACKUPS)));
        // the test's own copy: a later backup of the same day (the last test takes one) retires this one's archive
        Files.copy(ItProperties.domainDir().resolve("documents").resolve(backup.getString("objectKey")), archive());
    }

    @AfterAll
    static void dropDatabases() throws SQLException {
        try (Connection db = connect(ItProperties.dbUrl().replaceAll("/[^/]+$", "/postgres"), "postgres", "");
             Statement statement = db.createStatement()) {
            for (String name : List.of("crm_it_restored", "crm_it_restored_restoring", "crm_it_refused",
                    "crm_it_refused_restoring", "crm_it_replaced", "crm_it_replaced_restoring")) {
                statement.execute("drop database if exists " + name + " with (force)");
            }
        }
    }

    private static JsonObject awaitFinished(String path) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            JsonObject state = admin().get(path).expect(200).json();
            if (!state.getString("status").equals("RUNNING")) {
                return state;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the backup did not finish within 3 minutes");
    }

    @Test
    void theBackupIsStoredEncryptedWithWhatItHolds() throws Exception {
        assertThat(backup.getString("status")).as(backup.toString()).isEqualTo("SUCCEEDED");
        assertThat(backup.getString("trigger")).isEqualTo("MANUAL");
        // the active version: the test domain's key file may have been rotated by an earlier test
        int keyVersion = KeyRing.read(KEY_FILE).activeVersion();
        assertThat(backup.getInt("keyVersion")).isEqualTo(keyVersion);
        assertThat(backup.getInt("tables")).isGreaterThan(20);
        assertThat(backup.getJsonNumber("tableRows").longValue()).isPositive();
        assertThat(backup.getInt("documents")).as("the agent's photo and its thumbnail").isGreaterThanOrEqualTo(2);

        byte[] archive = Files.readAllBytes(archive());
        assertThat(archive).hasSize(backup.getJsonNumber("sizeBytes").intValue());
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(archive)))
                .isEqualTo(backup.getString("sha256"));
        String asText = new String(archive, StandardCharsets.ISO_8859_1);
        assertThat(asText).startsWith("realtycrm-backup 1\nkey-version " + keyVersion + "\n\n")
                .doesNotContain(lead.getString("email"), "PGDMP", "flyway_schema_history");

        List<JsonObject> listed = admin().get(BACKUPS).expect(200).array();
        assertThat(listed).extracting(b -> b.getJsonNumber("id").longValue())
                .contains(backup.getJsonNumber("id").longValue());
    }

    @Test
    void theRestoreRecreatesEveryTableAndTheDocumentsAndChecksThemAgainstTheBackup() throws Exception {
        Restored restore = restore(archive().toString(), RESTORED);

        assertThat(restore.exitCode()).as(restore.output()).isZero();
        assertThat(restore.output()).contains("verified: every table's row count and checksum match the backup",
                "database crm_it_restored restored and verified");

        try (Connection live = connect(ItProperties.dbUrl()); Connection restored = connect(RESTORED)) {
            assertThat(tables(restored)).isEqualTo(tables(live));
            for (String table : QUIET_TABLES) {
                assertThat(fingerprint(restored, table)).as(table).isEqualTo(fingerprint(live, table));
            }
            try (Statement statement = restored.createStatement(); ResultSet row = statement.executeQuery(
                    "select email from leads where id = " + Leads.id(lead))) {
                assertThat(row.next()).isTrue();
                // sealed in the column since encryption at rest: the restored value opens with the same keys
                assertThat(new FieldCipher(KeyRing.read(KEY_FILE))
                        .open(row.getString(1))).isEqualTo(lead.getString("email"));
            }
            // its own record was taken while it ran; the restore marks it as the stored backup it became
            try (Statement statement = restored.createStatement(); ResultSet row = statement.executeQuery(
                    "select status, object_key, sha256 from backups where id = " + backup.getJsonNumber("id"))) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("SUCCEEDED");
                assertThat(row.getString(2)).isEqualTo(backup.getString("objectKey"));
                assertThat(row.getString(3)).isEqualTo(backup.getString("sha256"));
            }
        }
        Path live = ItProperties.payaraHome().resolve("glassfish/domains").resolve(ItProperties.domain())
                .resolve("documents");
        // the restore puts the documents back through the store, which encrypts them with the data keys of the key
        // file restore.sh passes on (the live copy is plain when StoredPhotos put it there by hand)
        assertThat(Arrays.copyOf(Files.readAllBytes(restoredDocuments.resolve(photoKey)), 6))
                .containsExactly(0, 'r', 'c', 'd', 'o', 'c');
        assertThat(readThroughStore(restoredDocuments, photoKey)).isEqualTo(readThroughStore(live, photoKey));
    }

    @Test
    void aTamperedArchiveIsRefusedAndNoDatabaseIsLeftBehind() throws Exception {
        byte[] archive = Files.readAllBytes(archive());
        archive[archive.length / 2] ^= 0x01;
        Path tampered = restoredDocuments.resolve("tampered.rcbackup");
        Files.write(tampered, archive);

        Restored restore = restore(tampered.toString(), REFUSED);

        assertThat(restore.exitCode()).as(restore.output()).isNotZero();
        assertThat(restore.output()).contains("the restore failed").doesNotContain("verified");
        try (Connection db = connect(ItProperties.dbUrl()); Statement statement = db.createStatement();
             ResultSet left = statement.executeQuery("select count(*) from pg_database where datname like "
                     + "'crm_it_refused%'")) {
            left.next();
            assertThat(left.getInt(1)).isZero();
        }
    }

    @Test
    void aBackupInTheStoreReplacesAnExistingDatabaseOnlyOnceVerified() throws Exception {
        try (Connection db = connect(ItProperties.dbUrl().replaceAll("/[^/]+$", "/postgres"), "postgres", "");
             Statement statement = db.createStatement()) {
            statement.execute("create database crm_it_replaced owner " + ItProperties.dbUser());
        }
        Path liveStore = ItProperties.domainDir().resolve("documents");
        String into = ItProperties.dbUrl().replaceAll("/[^/]+$", "/crm_it_replaced");

        Restored refused = restore("store:" + backup.getString("objectKey"), into, liveStore, false);
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.output()).contains("database crm_it_replaced exists");

        Restored replaced = restore("store:" + backup.getString("objectKey"), into, liveStore, true);
        assertThat(replaced.exitCode()).as(replaced.output()).isZero();
        assertThat(replaced.output()).contains("replacing database crm_it_replaced", "restored and verified");
        try (Connection restored = connect(into); Statement statement = restored.createStatement();
             ResultSet row = statement.executeQuery("select count(*) from leads where id = " + Leads.id(lead))) {
            row.next();
            assertThat(row.getInt(1)).isEqualTo(1);
        }
        try (Connection db = connect(ItProperties.dbUrl()); Statement statement = db.createStatement();
             ResultSet left = statement.executeQuery("select count(*) from pg_database where datname like "
                     + "'crm_it_replaced_%'")) {
            left.next();
            assertThat(left.getInt(1)).as("the replaced database is dropped once the new one has its name").isZero();
        }
    }

    @Test
    @Order(Integer.MAX_VALUE) // its backup retires the first one's archive from the store (one a day is kept)
    void aBackupLeftRunningByADeadServerDoesNotBlockTheNextOne() throws Exception {
        long stale;
        try (Connection db = connect(ItProperties.dbUrl()); Statement statement = db.createStatement();
             ResultSet row = statement.executeQuery("insert into backups (trigger, status, started_at, runner) "
                     + "values ('MANUAL', 'RUNNING', now() - interval '7 hours', 'gone/server@elsewhere') returning id")) {
            row.next();
            stale = row.getLong(1);
        }

        Response started = admin().send("POST", BACKUPS, "application/json", "");

        assertThat(started.status()).as(started.body()).isEqualTo(202);
        JsonObject given = admin().get(BACKUPS + "/" + stale).expect(200).json();
        assertThat(given.getString("status")).isEqualTo("FAILED");
        assertThat(given.getString("error")).contains("gave up after 6 hours");
        String location = started.header("Location");
        assertThat(awaitFinished(location.substring(location.indexOf(BACKUPS))).getString("status"))
                .isEqualTo("SUCCEEDED");
    }

    @Test
    void onlyAdministratorsBackUp() {
        assertThat(Accounts.agent().api().get(BACKUPS).status()).isEqualTo(403);
        assertThat(Accounts.agent().api().send("POST", BACKUPS, "application/json", "").status()).isEqualTo(403);
        assertThat(anonymous().get(BACKUPS).status()).isEqualTo(401);
    }

    @Test
    void theAgeOfTheLastBackupIsAMetric() {
        String metrics = anonymous().get("/metrics", "text/plain").expect(200).body();

        String line = metrics.lines().filter(l -> l.startsWith("crm_backup_age_seconds")).findFirst().orElseThrow();
        double age = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        assertThat(age).isBetween(0.0, 600.0);
    }

    /** A copy of the backup's archive, taken as soon as it was stored. */
    private static Path archive() {
        return restoredDocuments.resolve("copy.rcbackup");
    }

    /** Runs restore.sh to its end (at most 3 minutes) and answers its exit code and output. */
    private static Restored restore(String archive, String into) throws IOException, InterruptedException {
        return restore(archive, into, restoredDocuments, false);
    }

    private record Restored(int exitCode, String output) {
    }

    /** @param replace whether an existing database of that name is to be replaced (CRM_RESTORE_REPLACE) */
    private static Restored restore(String archive, String into, Path documents, boolean replace)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("restore", ".log");
        Process process = start(archive, into, documents, replace, log);
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("restore.sh did not finish within 3 minutes:\n" + Files.readString(log));
        }
        return new Restored(process.exitValue(), Files.readString(log));
    }

    private static Process start(String archive, String into, Path documents, boolean replace, Path log)
            throws IOException {
        Path ear = Path.of(ItProperties.earPath()).toAbsolutePath();
        Path script = ear.getParent().getParent().getParent().resolve("server-config/restore.sh");
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), archive).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("CRM_EAR", ear.toString());
        environment.put("CRM_JDBC_DRIVER", ear.getParent().resolve("server-lib/postgresql.jar").toString());
        environment.put("CRM_SECRETS_DIR", ear.getParent().resolve("secrets").toString());
        environment.put("CRM_DB_URL", into);
        environment.put("CRM_DB_USER", ItProperties.dbUser());
        environment.put("CRM_DB_PASSWORD", ItProperties.dbPassword());
        environment.put("CRM_STORAGE_ROOT", documents.toString());
        if (replace) {
            environment.put("CRM_RESTORE_REPLACE", "true");
        }
        return builder.start();
    }

    /** A document as the application reads it: decrypted when it was stored encrypted. */
    private static byte[] readThroughStore(Path root, String key) {
        try (DocumentStore store = new FileSystemDocumentStore(root, () -> DataKeys.read(KEY_FILE));
             DocumentContent content = store.get(key).orElseThrow()) {
            return content.readAllBytes();
        }
    }

    private static Connection connect(String url) throws SQLException {
        return connect(url, ItProperties.dbUser(), ItProperties.dbPassword());
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static List<String> tables(Connection db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(
                "select tablename from pg_tables where schemaname = 'public' order by tablename")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /** Row count and the MD5 of all rows in a fixed order, computed here, independently of the restore's own check. */
    private static Map<String, Object> fingerprint(Connection db, String table) throws SQLException {
        Map<String, Object> fingerprint = new LinkedHashMap<>();
        try (Statement statement = db.createStatement()) {
            statement.execute("set timezone = 'UTC'");
            try (ResultSet row = statement.executeQuery("select count(*), md5(coalesce(string_agg(t::text, '|' "
                    + "order by t::text), '')) from " + table + " t")) {
                row.next();
                fingerprint.put("rows", row.getLong(1));
                fingerprint.put("md5", row.getString(2));
            }
        }
        return fingerprint;
    }
}
