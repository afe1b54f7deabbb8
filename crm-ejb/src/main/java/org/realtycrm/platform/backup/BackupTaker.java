package org.realtycrm.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.realtycrm.platform.backup.BackupManifest.DocumentEntry;
import org.realtycrm.platform.crypto.DataKeys;
import org.realtycrm.platform.crypto.EncryptionSettings;
import org.realtycrm.platform.entity.StoredBackup;
import org.realtycrm.platform.storage.DocumentContent;
import org.realtycrm.platform.storage.DocumentKeys;
import org.realtycrm.platform.storage.DocumentStore;

/**
 * Takes one backup: in a single read-only snapshot of the database it runs {@code pg_dump}, takes every table's
 * fingerprint and lists the documents only we hold; it writes them, encrypted, into an archive in the work directory,
 * then ships the archive to the document store and removes the local copy. The documents are those the features name
 * ({@link BackedUpDocuments}): only what exists nowhere else (photos agents uploaded, not the MLS's).
 */
@ApplicationScoped
public class BackupTaker {

    private static final Logger LOG = Logger.getLogger(BackupTaker.class.getName());
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyy/MM").withZone(ZoneOffset.UTC);

    @Resource(lookup = "jdbc/crm")
    DataSource dataSource;

    @Inject
    DocumentStore store;

    /** Each feature's documents that exist nowhere else. */
    @Inject
    @Any
    Instance<BackedUpDocuments> documentSources;

    @Inject
    Config config;

    Clock clock = Clock.systemUTC();

    /** The key a backup started at {@code startedAt} gets in the store. */
    static String objectKey(long backupId, Instant startedAt) {
        return DocumentKeys.BACKUPS + FOLDER.format(startedAt) + "/realtycrm-" + NAME.format(startedAt) + "-" + backupId
                + BackupArchive.SUFFIX;
    }

    public StoredBackup take(long backupId, Instant startedAt) throws IOException, SQLException {
        DataKeys keys = DataKeys.read(Path.of(config.getOptionalValue(EncryptionSettings.KEY_FILE, String.class)
                .orElseThrow(() -> new IllegalStateException(EncryptionSettings.KEY_FILE + " is not set: backups "
                        + "are encrypted with the data keys, and there are none"))));
        Path directory = config.getOptionalValue(BackupSettings.WORK_DIRECTORY, String.class).map(Path::of)
                .orElse(Path.of(System.getProperty("java.io.tmpdir")));
        Files.createDirectories(directory);
        Path archive = Files.createTempFile(directory, "realtycrm-backup-", BackupArchive.SUFFIX);
        try {
            String key = objectKey(backupId, startedAt);
            BackupManifest manifest;
            try (OutputStream out = Files.newOutputStream(archive); BackupWriter writer = new BackupWriter(out, keys)) {
                manifest = write(writer, backupId, key);
            }
            long size = Files.size(archive);
            String sha256;
            try (DigestInputStream in = new DigestInputStream(Files.newInputStream(archive), sha256())) {
                store.put(key, in, size, "application/octet-stream");
                sha256 = HexFormat.of().formatHex(in.getMessageDigest().digest());
            }
            LOG.info(() -> "Backup " + backupId + " stored as " + key + ": " + size + " bytes, "
                    + manifest.tables().size() + " tables, " + manifest.documents().size() + " documents");
            return new StoredBackup(key, size, sha256, keys.activeVersion(), manifest.tables().size(),
                    manifest.tableRows(), manifest.documents().size());
        } finally {
            Files.deleteIfExists(archive);
        }
    }

    private BackupManifest write(BackupWriter writer, long backupId, String key) throws IOException, SQLException {
        Snapshot snapshot = dumpInOneSnapshot(writer);
        // the documents are read after the snapshot has ended: the connection and the snapshot are not held while
        // files (or S3 objects) are copied
        List<DocumentEntry> documents = documents(snapshot.documentKeys(), writer);
        BackupManifest manifest = new BackupManifest(backupId, key, clock.instant(), snapshot.database(),
                snapshot.schemaVersion(), snapshot.tables(), documents);
        writer.finish(manifest);
        return manifest;
    }

    /** What one snapshot gave: the dump (written), the tables' fingerprints and the keys of the documents to copy. */
    private record Snapshot(String database, String schemaVersion, List<TableFingerprint> tables,
                            Set<String> documentKeys) {
    }

    private Snapshot dumpInOneSnapshot(BackupWriter writer) throws IOException, SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("set transaction isolation level repeatable read, read only");
                String snapshot = single(statement, "select pg_export_snapshot()");
                String schemaVersion = single(statement, "select coalesce((select version from flyway_schema_history "
                        + "where success and version is not null order by installed_rank desc limit 1), 'none')");
                DatabaseAddress address = DatabaseAddress.of(connection.getMetaData().getURL(),
                        connection.getMetaData().getUserName(),
                        config.getOptionalValue(BackupSettings.DATABASE_SSL_MODE, String.class).orElse(null));
                String pgDump = config.getOptionalValue(BackupSettings.PG_DUMP, String.class).orElse("pg_dump");
                Optional<String> password = config.getOptionalValue(BackupSettings.DATABASE_PASSWORD, String.class);
                writer.database(out -> DatabaseDump.dump(pgDump, address, password.orElse(null), snapshot, out));
                List<TableFingerprint> tables = TableFingerprints.of(connection);
                Set<String> keys = new TreeSet<>();
                for (BackedUpDocuments source : documentSources) {
                    try (ResultSet rows = statement.executeQuery(source.keysQuery())) {
                        while (rows.next()) {
                            keys.add(rows.getString(1));
                        }
                    }
                }
                return new Snapshot(address.database(), schemaVersion, tables, keys);
            } finally {
                try {
                    connection.rollback(); // read only: nothing to keep; ends the snapshot
                } finally {
                    connection.setAutoCommit(true);
                }
            }
        }
    }

    private List<DocumentEntry> documents(Set<String> keys, BackupWriter writer) throws IOException {
        List<DocumentEntry> documents = new ArrayList<>();
        int missing = 0;
        for (String key : keys) {
            Optional<DocumentContent> content = store.get(key);
            if (content.isEmpty()) {
                missing++;
                continue;
            }
            try (DocumentContent document = content.get(); InputStream in = document.stream()) {
                documents.add(writer.document(key, document.object().contentType(), in));
            }
        }
        if (missing > 0) {
            int count = missing;
            LOG.warning(() -> count + " documents the database refers to are not in the store; backed up without");
        }
        return documents;
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException("no SHA-256", e));
        }
    }
}
