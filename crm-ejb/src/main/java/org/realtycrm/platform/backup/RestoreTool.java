package org.realtycrm.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.realtycrm.platform.backup.BackupManifest.DocumentEntry;
import org.realtycrm.platform.crypto.DataKeys;
import org.realtycrm.platform.crypto.EncryptionSettings;
import org.realtycrm.platform.storage.DocumentContent;
import org.realtycrm.platform.storage.DocumentStore;
import org.realtycrm.platform.storage.DocumentStores;

/**
 * Restores a backup into a fresh, empty database, outside the server ({@code ./crm restore} runs it with the
 * application's jars): decrypts and unpacks the archive (a changed or cut archive stops here, before anything is
 * written), restores the dump with {@code pg_restore} in one transaction, checks every table's row count and checksum
 * against the manifest, then puts the documents back into the document store. Exit code 0: restored and verified;
 * 1: refused or failed (the message says why); 2: restored, but the verification found differences.
 *
 * <p>Arguments: the archive, as a file path or as {@code store:<key>} of the configured document store. Settings come
 * from the environment, under the names the server uses: {@code CRM_ENCRYPTION_KEY_FILE}, {@code CRM_DB_URL},
 * {@code CRM_DB_USER}, {@code CRM_DB_PASSWORD}, {@code CRM_DB_SSLMODE}, {@code CRM_STORAGE_*}; {@code CRM_PG_RESTORE} names the
 * {@code pg_restore} to run.
 */
public final class RestoreTool {

    private final Function<String, Optional<String>> settings;

    RestoreTool(Function<String, Optional<String>> settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: RestoreTool <archive file | store:<key>>");
            System.exit(1);
        }
        Map<String, String> environment = System.getenv();
        RestoreTool tool = new RestoreTool(key -> Optional.ofNullable(environment.get(environmentName(key)))
                .filter(value -> !value.isBlank()));
        try {
            List<String> differences = tool.restore(args[0]);
            if (!differences.isEmpty()) {
                differences.forEach(difference -> System.err.println("[restore] DIFFERS: " + difference));
                System.exit(2);
            }
        } catch (Exception e) {
            System.err.println("[restore] error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            System.exit(1);
        }
    }

    /** The MicroProfile Config name of a key in the environment: {@code crm.db.url} is {@code CRM_DB_URL}. */
    static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** @return the differences the verification found; empty when the restored database matches the manifest */
    List<String> restore(String archive) throws IOException, SQLException {
        DataKeys keys = DataKeys.read(Path.of(required(EncryptionSettings.KEY_FILE)));
        String url = required("crm.db.url");
        String user = settings.apply("crm.db.user").orElse("crm");
        String password = settings.apply("crm.db.password").orElse(null);
        String sslMode = settings.apply(BackupSettings.DATABASE_SSL_MODE).orElse("prefer");
        DatabaseAddress address = DatabaseAddress.of(url, user, sslMode);
        try (DocumentStore store = DocumentStores.open(settings)) {
            requireEmpty(address, url, password);
            Path work = Files.createTempDirectory("realtycrm-restore-");
            try {
                say("decrypting and unpacking " + archive);
                BackupReader.Unpacked unpacked;
                BackupArchive.Measured read = new BackupArchive.Measured(OutputStream.nullOutputStream());
                try (InputStream in = new TeeInputStream(open(archive, store), read)) {
                    unpacked = BackupReader.unpack(in, keys, work);
                }
                BackupManifest manifest = unpacked.manifest();
                say("backup " + manifest.backupId() + " of database " + manifest.database() + " taken "
                        + manifest.created() + " (schema version " + manifest.schemaVersion() + "): "
                        + manifest.tables().size() + " tables, " + manifest.tableRows() + " rows, "
                        + manifest.documents().size() + " documents");
                say("restoring the database into " + address.database());
                DatabaseDump.restore(settings.apply("crm.pg-restore").orElse("pg_restore"), address, password,
                        unpacked.dump());
                List<String> differences = verify(manifest, address, url, password);
                if (!differences.isEmpty()) {
                    return differences; // the documents stay where they are: this restore is not taken
                }
                say("verified: every table's row count and checksum match the backup");
                settle(manifest, unpacked.keyVersion(), read, address, url, password);
                for (DocumentEntry document : manifest.documents()) {
                    try (InputStream in = Files.newInputStream(unpacked.document(document.key()))) {
                        store.put(document.key(), in, document.size(), document.contentType());
                    }
                }
                say("documents restored: " + manifest.documents().size() + " into " + store);
                return differences;
            } finally {
                deleteTree(work);
            }
        }
    }

    /**
     * The backup's own record was taken while it ran: in the restored database it is marked as what it became, stored
     * in the archive just read, so that it counts as the last backup and retention can delete it in time.
     */
    private static void settle(BackupManifest manifest, int keyVersion, BackupArchive.Measured archive,
                               DatabaseAddress address, String url, String password) throws SQLException {
        try (Connection connection = connect(address, url, password);
             PreparedStatement update = connection.prepareStatement("update backups set status = 'SUCCEEDED', "
                     + "finished_at = ?, object_key = ?, size_bytes = ?, sha256 = ?, key_version = ?, tables = ?, "
                     + "table_rows = ?, documents = ?, error = null, updated_at = now(), version = version + 1 "
                     + "where id = ? and status = 'RUNNING'")) {
            update.setObject(1, java.time.OffsetDateTime.ofInstant(manifest.created(), java.time.ZoneOffset.UTC));
            update.setString(2, manifest.objectKey());
            update.setLong(3, archive.size());
            update.setString(4, archive.sha256());
            update.setInt(5, keyVersion);
            update.setInt(6, manifest.tables().size());
            update.setLong(7, manifest.tableRows());
            update.setInt(8, manifest.documents().size());
            update.setLong(9, manifest.backupId());
            update.executeUpdate();
        }
    }

    /** Passes what is read on to a copy (to measure the archive while it is unpacked). */
    private static final class TeeInputStream extends java.io.FilterInputStream {
        private final OutputStream copy;

        TeeInputStream(InputStream in, OutputStream copy) {
            super(in);
            this.copy = copy;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                copy.write(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                copy.write(buffer, offset, n);
            }
            return n;
        }
    }

    private String required(String key) {
        return settings.apply(key).orElseThrow(() -> new IllegalArgumentException(environmentName(key)
                + " is not set"));
    }

    private static InputStream open(String archive, DocumentStore store) throws IOException {
        if (archive.startsWith("store:")) {
            String key = archive.substring("store:".length());
            Optional<DocumentContent> content = store.get(key);
            return content.orElseThrow(() -> new IOException("the document store holds no " + key)).stream();
        }
        return Files.newInputStream(Path.of(archive));
    }

    private static void requireEmpty(DatabaseAddress address, String url, String password) throws SQLException {
        try (Connection connection = connect(address, url, password); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select count(*) from pg_tables where schemaname = 'public'")) {
            result.next();
            if (result.getLong(1) > 0) {
                throw new IllegalStateException("the database " + url + " is not empty: a backup is restored into a "
                        + "fresh database (./crm restore creates one)");
            }
        }
    }

    private static List<String> verify(BackupManifest manifest, DatabaseAddress address, String url, String password)
            throws SQLException {
        Map<String, TableFingerprint> restored;
        try (Connection connection = connect(address, url, password)) {
            connection.setAutoCommit(false);
            restored = TableFingerprints.of(connection).stream()
                    .collect(Collectors.toMap(TableFingerprint::table, Function.identity()));
            connection.rollback();
        }
        List<String> differences = new ArrayList<>();
        for (TableFingerprint expected : manifest.tables()) {
            TableFingerprint actual = restored.remove(expected.table());
            if (actual == null) {
                differences.add("table " + expected.table() + " is missing");
            } else if (!actual.equals(expected)) {
                differences.add("table " + expected.table() + ": " + actual.rows() + " rows (checksum "
                        + actual.checksum() + "), the backup had " + expected.rows() + " (" + expected.checksum() + ")");
            }
        }
        restored.keySet().forEach(table -> differences.add("table " + table + " is not in the backup"));
        return differences;
    }

    private static Connection connect(DatabaseAddress address, String url, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", address.user());
        properties.setProperty("sslmode", address.sslMode());
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(url, properties);
    }

    private static void say(String line) {
        System.out.println("[restore] " + line);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
