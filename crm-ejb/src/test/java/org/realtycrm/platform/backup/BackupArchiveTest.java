package org.realtycrm.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realtycrm.platform.backup.BackupManifest.DocumentEntry;
import org.realtycrm.platform.crypto.DataKeys;

class BackupArchiveTest {

    @TempDir
    Path directory;

    private final String key1 = keyLine(1);

    private static String keyLine(int version) {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return version + ":" + java.util.Base64.getEncoder().encodeToString(key);
    }

    private byte[] archive(DataKeys keys, byte[] dump, byte[] photo) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (BackupWriter writer = new BackupWriter(out, keys)) {
            writer.database(sink -> sink.write(dump));
            DocumentEntry document = writer.document("properties/7/media/a.jpg", "image/jpeg",
                    new ByteArrayInputStream(photo));
            writer.finish(new BackupManifest(42, "backups/2026/12/realtycrm-20261204T073000Z-42.rcbackup",
                    Instant.parse("2026-12-04T07:30:00Z"), "crm", "21",
                    List.of(new TableFingerprint("leads", 3, "12345"), new TableFingerprint("EJB__TIMER__TBL", 1, "9")),
                    List.of(document)));
        }
        return out.toByteArray();
    }

    @Test
    void anArchiveUnpacksToTheDumpTheDocumentsAndTheManifest() throws IOException {
        DataKeys keys = DataKeys.parse(List.of(key1));
        byte[] dump = "PGDMP dump bytes".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
        byte[] photo = "jpeg bytes".getBytes(StandardCharsets.US_ASCII);
        byte[] archive = archive(keys, dump, photo);

        assertThat(new String(archive, 0, 34, StandardCharsets.US_ASCII)).startsWith("realtycrm-backup 1\nkey-version 1");
        assertThat(new String(archive, StandardCharsets.ISO_8859_1)).doesNotContain("PGDMP", "jpeg bytes", "leads");
        BackupReader.Unpacked unpacked = BackupReader.unpack(new ByteArrayInputStream(archive), keys, directory);

        assertThat(Files.readAllBytes(unpacked.dump())).isEqualTo(dump);
        assertThat(Files.readAllBytes(unpacked.document("properties/7/media/a.jpg"))).isEqualTo(photo);
        BackupManifest manifest = unpacked.manifest();
        assertThat(manifest.backupId()).isEqualTo(42);
        assertThat(manifest.objectKey()).endsWith("-42.rcbackup");
        assertThat(unpacked.keyVersion()).isEqualTo(1);
        assertThat(manifest.tables()).extracting(TableFingerprint::table).containsExactly("leads", "EJB__TIMER__TBL");
        assertThat(manifest.tableRows()).isEqualTo(4);
        assertThat(manifest.documents()).singleElement().satisfies(document -> {
            assertThat(document.contentType()).isEqualTo("image/jpeg");
            assertThat(document.size()).isEqualTo(photo.length);
        });
    }

    @Test
    void aTamperedArchiveOrOneWhoseKeyIsGoneIsRefusedBeforeAnythingIsRestored() throws IOException {
        DataKeys keys = DataKeys.parse(List.of(key1));
        byte[] archive = archive(keys, "dump".repeat(1000).getBytes(StandardCharsets.US_ASCII), new byte[10]);

        byte[] changed = archive.clone();
        changed[changed.length - 40] ^= 1;
        assertThatThrownBy(() -> BackupReader.unpack(new ByteArrayInputStream(changed), keys, directory.resolve("a")))
                .isInstanceOf(IOException.class);
        byte[] header = archive.clone();
        header[31] = (byte) '2'; // "key-version 2"
        assertThatThrownBy(() -> BackupReader.unpack(new ByteArrayInputStream(header), keys, directory.resolve("b")))
                .hasMessageContaining("key version 2");
        DataKeys rotatedAway = DataKeys.parse(List.of(keyLine(2)));
        assertThatThrownBy(() -> BackupReader.unpack(new ByteArrayInputStream(archive), rotatedAway,
                directory.resolve("c"))).hasMessageContaining("key version 1");
        assertThatThrownBy(() -> BackupReader.unpack(new ByteArrayInputStream("PK\u0003\u0004".getBytes(
                StandardCharsets.US_ASCII)), keys, directory.resolve("d"))).hasMessageContaining("not a Realty CRM backup");
    }

    @Test
    void theObjectKeyNamesTheMonthTheMomentAndTheBackup() {
        assertThat(BackupTaker.objectKey(42, Instant.parse("2026-12-04T07:30:05Z")))
                .isEqualTo("backups/2026/12/realtycrm-20261204T073005Z-42.rcbackup");
    }
}
