package org.realtycrm.platform.backup;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a backup archive holds, written last into it: when and from which database it was taken, the
 * {@link TableFingerprint} of every table in the dump's snapshot, and each document with its size and SHA-256. A
 * restore checks the restored database and documents against it. Plain text, one fact per line:
 *
 * <pre>
 * realtycrm-backup 1
 * backup 42 backups/2026/12/realtycrm-20261204T073000Z-42.rcbackup
 * created 2026-12-04T07:30:00Z
 * database crm
 * schema-version 21
 * table leads 3000 123456789
 * document properties/42/media/7f3a.jpg image/jpeg 81234 9f86d0…
 * </pre>
 */
public record BackupManifest(long backupId, String objectKey, Instant created, String database, String schemaVersion,
                             List<TableFingerprint> tables, List<DocumentEntry> documents) {

    static final String FIRST_LINE = "realtycrm-backup 1";

    /** A document in the archive: its key in the store, its content type, size and SHA-256 (hex). */
    public record DocumentEntry(String key, String contentType, long size, String sha256) {

        public DocumentEntry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(sha256, "sha256");
            contentType = contentType == null || contentType.isBlank() || contentType.contains(" ")
                    ? "application/octet-stream" : contentType;
        }
    }

    public BackupManifest {
        Objects.requireNonNull(objectKey, "objectKey");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        tables = List.copyOf(tables);
        documents = List.copyOf(documents);
    }

    public long tableRows() {
        return tables.stream().mapToLong(TableFingerprint::rows).sum();
    }

    byte[] toBytes() {
        StringBuilder text = new StringBuilder(FIRST_LINE).append('\n')
                .append("backup ").append(backupId).append(' ').append(objectKey).append('\n')
                .append("created ").append(created).append('\n')
                .append("database ").append(database).append('\n')
                .append("schema-version ").append(schemaVersion).append('\n');
        tables.forEach(t -> text.append("table ").append(t.table()).append(' ').append(t.rows()).append(' ')
                .append(t.checksum()).append('\n'));
        documents.forEach(d -> text.append("document ").append(d.key()).append(' ').append(d.contentType()).append(' ')
                .append(d.size()).append(' ')
                .append(d.sha256()).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static BackupManifest parse(byte[] bytes) {
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
        if (lines.length == 0 || !FIRST_LINE.equals(lines[0])) {
            throw new IllegalArgumentException("not a backup manifest of a version this code reads");
        }
        long backupId = 0;
        String objectKey = null;
        Instant created = null;
        String database = null;
        String schemaVersion = null;
        List<TableFingerprint> tables = new ArrayList<>();
        List<DocumentEntry> documents = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] fields = lines[i].split(" ");
            try {
                switch (fields[0]) {
                    case "backup" -> {
                        backupId = Long.parseLong(fields[1]);
                        objectKey = fields[2];
                    }
                    case "created" -> created = Instant.parse(fields[1]);
                    case "database" -> database = fields[1];
                    case "schema-version" -> schemaVersion = fields[1];
                    case "table" -> tables.add(new TableFingerprint(fields[1], Long.parseLong(fields[2]), fields[3]));
                    case "document" -> documents.add(new DocumentEntry(fields[1], fields[2],
                            Long.parseLong(fields[3]), fields[4]));
                    default -> throw new IllegalArgumentException("unknown entry " + fields[0]);
                }
            } catch (ArrayIndexOutOfBoundsException | DateTimeParseException | NumberFormatException e) {
                throw new IllegalArgumentException("manifest line " + (i + 1) + " is malformed", e);
            }
        }
        if (objectKey == null || created == null || database == null || schemaVersion == null) {
            throw new IllegalArgumentException("the manifest lacks its backup, created, database or schema-version line");
        }
        return new BackupManifest(backupId, objectKey, created, database, schemaVersion, tables, documents);
    }
}
