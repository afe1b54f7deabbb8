package org.realtycrm.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.realtycrm.platform.crypto.DataKeys;
import org.realtycrm.platform.sealing.KeyFileWatch;

class FileSystemDocumentStoreTest {

    @TempDir
    Path temp;

    private Path root;
    private Path keyFile;
    private final MovingClock clock = new MovingClock();
    private FileSystemDocumentStore store;

    @BeforeEach
    void open() throws IOException {
        root = temp.resolve("documents");
        keyFile = KeyFiles.write(temp.resolve("data-keys"), 1);
        KeyFileWatch watch = new KeyFileWatch(keyFile, clock);
        store = new FileSystemDocumentStore(root, () -> DataKeys.of(watch.current()));
    }

    @Test
    void stores_reads_describes_and_deletes_an_object() throws Exception {
        byte[] photo = "not really a jpeg".getBytes(StandardCharsets.UTF_8);

        StoredObject stored = store.put("properties/42/media/front.jpg", new ByteArrayInputStream(photo),
                photo.length, "image/jpeg");

        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo));
        assertThat(stored).extracting(StoredObject::key, StoredObject::size, StoredObject::contentType,
                StoredObject::etag).containsExactly("properties/42/media/front.jpg", (long) photo.length,
                "image/jpeg", sha256);
        assertThat(Files.readAllBytes(root.resolve("properties/42/media/front.jpg"))).isNotEqualTo(photo);
        assertThat(store.metadata("properties/42/media/front.jpg")).hasValueSatisfying(object -> {
            assertThat(object.contentType()).isEqualTo("image/jpeg");
            assertThat(object.etag()).isEqualTo(sha256);
            assertThat(object.size()).isEqualTo(photo.length);
        });
        try (DocumentContent content = store.get("properties/42/media/front.jpg").orElseThrow()) {
            assertThat(content.contentType()).isEqualTo("image/jpeg");
            assertThat(content.length()).isEqualTo(photo.length);
            assertThat(content.readAllBytes()).isEqualTo(photo);
        }

        store.delete("properties/42/media/front.jpg");

        assertThat(store.exists("properties/42/media/front.jpg")).isFalse();
        assertThat(store.get("properties/42/media/front.jpg")).isEmpty();
        assertThat(filesUnder(root.resolve("properties/42/media"))).isEmpty(); // the sidecar went too
        store.delete("properties/42/media/front.jpg"); // a missing key: nothing to do
    }

    @Test
    void an_overwrite_replaces_content_type_and_hash() {
        StoredObject first = store.put("docs/contract.pdf", bytes("first"), 5, "application/pdf");
        StoredObject second = store.put("docs/contract.pdf", bytes("second version"), 14, "text/plain");

        assertThat(second.etag()).isNotEqualTo(first.etag());
        try (DocumentContent content = store.get("docs/contract.pdf").orElseThrow()) {
            assertThat(content.readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("second version");
            assertThat(content.object()).isEqualTo(store.metadata("docs/contract.pdf").orElseThrow());
            assertThat(content.contentType()).isEqualTo("text/plain");
            assertThat(content.object().etag()).isEqualTo(second.etag());
        }
    }

    @Test
    void a_missing_key_is_an_empty_answer() {
        assertThat(store.get("no/such/object.jpg")).isEmpty();
        assertThat(store.metadata("no/such/object.jpg")).isEmpty();
        assertThat(store.exists("no/such/object.jpg")).isFalse();
    }

    @Test
    void a_stream_that_fails_midway_leaves_no_file_and_keeps_the_previous_version() throws Exception {
        store.put("docs/a.txt", bytes("kept"), 4, "text/plain");
        InputStream failing = new InputStream() {
            private int left = 100_000;

            @Override
            public int read() throws IOException {
                if (left-- <= 0) {
                    throw new IOException("the feed's connection broke");
                }
                return 'x';
            }
        };

        assertThatThrownBy(() -> store.put("docs/a.txt", failing, 200_000, "application/octet-stream"))
                .isInstanceOf(DocumentStoreException.class).hasMessageContaining("connection broke");
        assertThatThrownBy(() -> store.put("docs/new.txt", failingAfter(10), 200_000, "text/plain"))
                .isInstanceOf(DocumentStoreException.class);

        assertThat(filesUnder(root.resolve("docs"))).containsExactlyInAnyOrder("a.txt", ".a.txt.meta");
        try (DocumentContent content = store.get("docs/a.txt").orElseThrow()) {
            assertThat(content.readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("kept");
            assertThat(content.contentType()).isEqualTo("text/plain");
        }
        assertThat(store.exists("docs/new.txt")).isFalse();
    }

    @Test
    void content_shorter_or_longer_than_announced_stores_nothing() throws Exception {
        assertThatThrownBy(() -> store.put("docs/short.bin", bytes("12345"), 10, "application/octet-stream"))
                .isInstanceOf(DocumentStoreException.class).hasMessageContaining("5 bytes, not the announced 10");
        assertThatThrownBy(() -> store.put("docs/long.bin", bytes("1234567890"), 4, "application/octet-stream"))
                .isInstanceOf(DocumentStoreException.class).hasMessageContaining("more than");

        assertThat(filesUnder(root.resolve("docs"))).isEmpty();
    }

    @Test
    void an_empty_object_is_stored_but_bytes_announced_as_none_are_refused() {
        store.put("docs/empty.txt", bytes(""), 0, "text/plain");
        assertThat(store.metadata("docs/empty.txt").orElseThrow().size()).isZero();

        assertThatThrownBy(() -> store.put("docs/not-empty.txt", bytes("abc"), 0, "text/plain"))
                .isInstanceOf(DocumentStoreException.class).hasMessageContaining("more than");
        assertThat(store.exists("docs/not-empty.txt")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../outside.txt", "/etc/passwd", "a/../../outside.txt", "..", "a//b", ".hidden",
            "a/.b.meta", "a\\..\\..\\outside.txt"})
    void keys_that_could_leave_the_root_are_refused(String key) {
        assertThatThrownBy(() -> store.put(key, bytes("x"), 1, "text/plain"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.get(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.metadata(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.delete(key)).isInstanceOf(IllegalArgumentException.class);
        assertThat(temp.resolve("outside.txt")).doesNotExist();
    }

    @Test
    void a_symbolic_link_out_of_the_root_is_not_followed() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "not the store's");
        Files.createSymbolicLink(root.resolve("link"), outside);

        assertThatThrownBy(() -> store.put("link/planted.txt", bytes("x"), 1, "text/plain"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leads out of the store");
        assertThat(store.get("link/secret.txt")).isEmpty();
        assertThat(outside.resolve("planted.txt")).doesNotExist();
    }

    @Test
    void a_file_placed_by_hand_is_described_from_its_bytes() throws Exception {
        Files.createDirectories(root.resolve("imports"));
        Files.writeString(root.resolve("imports/by-hand.csv"), "a,b\n");

        StoredObject object = store.metadata("imports/by-hand.csv").orElseThrow();

        assertThat(object.contentType()).isEqualTo("application/octet-stream");
        assertThat(object.etag()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("a,b\n".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void the_file_on_disk_holds_no_plaintext_and_names_the_key_version() throws Exception {
        String contract = "Purchase agreement between Maria Lopez and the seller, 123 Main St. ".repeat(40);
        byte[] plain = contract.getBytes(StandardCharsets.UTF_8);

        store.put("docs/contract.txt", new ByteArrayInputStream(plain), plain.length, "text/plain");

        byte[] onDisk = Files.readAllBytes(root.resolve("docs/contract.txt"));
        assertThat(new String(onDisk, StandardCharsets.ISO_8859_1)).doesNotContain("Maria Lopez", "Main St");
        assertThat(onDisk.length).as("header, nonce prefix and tag on top").isGreaterThan(plain.length);
        assertThat(keyVersionOf(onDisk)).isEqualTo(1);
        assertThat(Files.readString(root.resolve("docs/.contract.txt.meta"))).doesNotContain("Maria");
        try (DocumentContent content = store.get("docs/contract.txt").orElseThrow()) {
            assertThat(content.readAllBytes()).isEqualTo(plain);
        }
    }

    @Test
    void a_document_of_several_segments_makes_the_round_trip_with_its_plain_size_and_hash() throws Exception {
        byte[] scan = new byte[2_500_000 + 17]; // the data keys encrypt in segments of 1 MiB: three, the last partial
        new Random(42).nextBytes(scan);

        StoredObject stored = store.put("docs/scan.pdf", new ByteArrayInputStream(scan), scan.length,
                "application/pdf");

        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(scan));
        assertThat(stored.size()).isEqualTo(scan.length);
        assertThat(stored.etag()).isEqualTo(sha256);
        assertThat(store.metadata("docs/scan.pdf").orElseThrow())
                .extracting(StoredObject::size, StoredObject::etag).containsExactly((long) scan.length, sha256);
        try (DocumentContent content = store.get("docs/scan.pdf").orElseThrow()) {
            assertThat(content.length()).isEqualTo(scan.length);
            assertThat(content.readAllBytes()).isEqualTo(scan);
        }
    }

    @Test
    void a_plain_file_stored_before_encryption_is_read_as_it_is() throws Exception {
        byte[] photo = "\u00ff\u00d8 an old jpeg".getBytes(StandardCharsets.ISO_8859_1);
        Files.createDirectories(root.resolve("properties/7/media"));
        Files.write(root.resolve("properties/7/media/old.jpg"), photo);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo));
        Files.writeString(root.resolve("properties/7/media/.old.jpg.meta"), "content-type=image/jpeg\nsha-256="
                + sha256 + "\n"); // the sidecar as it was written then: no length

        StoredObject object = store.metadata("properties/7/media/old.jpg").orElseThrow();

        assertThat(object).extracting(StoredObject::size, StoredObject::contentType, StoredObject::etag)
                .containsExactly((long) photo.length, "image/jpeg", sha256);
        try (DocumentContent content = store.get("properties/7/media/old.jpg").orElseThrow()) {
            assertThat(content.readAllBytes()).isEqualTo(photo);
        }
    }

    @Test
    void a_changed_byte_fails_the_read_instead_of_answering_other_bytes() throws Exception {
        byte[] plain = new byte[300_000];
        new Random(7).nextBytes(plain);
        store.put("docs/deed.pdf", new ByteArrayInputStream(plain), plain.length, "application/pdf");
        Path file = root.resolve("docs/deed.pdf");
        byte[] onDisk = Files.readAllBytes(file);
        onDisk[onDisk.length / 2] ^= 0x01;
        Files.write(file, onDisk);

        assertThatThrownBy(() -> {
            try (DocumentContent content = store.get("docs/deed.pdf").orElseThrow()) {
                content.readAllBytes();
            }
        }).isInstanceOf(DocumentStoreException.class).hasMessageContaining("docs/deed.pdf")
                .hasMessageContaining("does not decrypt");
    }

    @Test
    void a_file_cut_short_or_moved_to_another_key_does_not_read() throws Exception {
        store.put("docs/a.pdf", bytes("the first document"), 18, "application/pdf");
        Path file = root.resolve("docs/a.pdf");
        Files.createDirectories(root.resolve("other"));
        Files.copy(file, root.resolve("other/a.pdf"));
        Files.copy(root.resolve("docs/.a.pdf.meta"), root.resolve("other/.a.pdf.meta"));
        byte[] onDisk = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(onDisk, onDisk.length - 5));

        assertThatThrownBy(() -> store.get("other/a.pdf").orElseThrow().readAllBytes())
                .isInstanceOf(DocumentStoreException.class).hasMessageContaining("other/a.pdf");
        assertThatThrownBy(() -> store.get("docs/a.pdf").orElseThrow().readAllBytes())
                .isInstanceOf(DocumentStoreException.class).hasMessageContaining("docs/a.pdf");
    }

    @Test
    void after_a_rotation_new_files_take_the_new_version_and_old_ones_still_read() throws Exception {
        store.put("docs/before.txt", bytes("sealed with one"), 15, "text/plain");

        KeyFiles.addVersion(keyFile, 2);
        store.put("docs/early.txt", bytes("not yet looked"), 14, "text/plain");
        clock.advance(KeyFileWatch.LOOK_EVERY.plusSeconds(1));
        store.put("docs/after.txt", bytes("sealed with two"), 15, "text/plain");

        assertThat(keyVersionOf(Files.readAllBytes(root.resolve("docs/before.txt")))).isEqualTo(1);
        assertThat(keyVersionOf(Files.readAllBytes(root.resolve("docs/early.txt"))))
                .as("the file is looked at no more than every few seconds").isEqualTo(1);
        assertThat(keyVersionOf(Files.readAllBytes(root.resolve("docs/after.txt")))).isEqualTo(2);
        assertThat(read("docs/before.txt")).isEqualTo("sealed with one");
        assertThat(read("docs/after.txt")).isEqualTo("sealed with two");
    }

    @Test
    void a_file_of_a_key_version_the_key_file_no_longer_holds_is_refused_by_name() throws Exception {
        store.put("docs/old.txt", bytes("version one"), 11, "text/plain");
        KeyFiles.write(keyFile, 2); // version 1 removed too early
        clock.advance(KeyFileWatch.LOOK_EVERY.plusSeconds(1));

        assertThatThrownBy(() -> store.get("docs/old.txt")).isInstanceOf(DocumentStoreException.class)
                .hasMessageContaining("key version 1, which the key file no longer holds");
    }

    @Test
    void an_encrypted_file_that_lost_its_sidecar_is_described_from_its_plain_bytes() throws Exception {
        store.put("docs/a.txt", bytes("twelve bytes"), 12, "text/plain");
        Files.delete(root.resolve("docs/.a.txt.meta"));

        StoredObject object = store.metadata("docs/a.txt").orElseThrow();

        assertThat(object.size()).isEqualTo(12);
        assertThat(object.etag()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("twelve bytes".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void backup_archives_are_kept_as_their_writer_encrypted_them() throws Exception {
        byte[] archive = "realtycrm-backup 1\nkey-version 1\n\n(already encrypted)".getBytes(StandardCharsets.UTF_8);

        store.put("backups/2026/01/realtycrm-1.rcbackup", new ByteArrayInputStream(archive), archive.length,
                "application/octet-stream");

        assertThat(root.resolve("backups/2026/01/realtycrm-1.rcbackup")).hasBinaryContent(archive);
        try (DocumentContent content = store.get("backups/2026/01/realtycrm-1.rcbackup").orElseThrow()) {
            assertThat(content.readAllBytes()).isEqualTo(archive);
        }
    }

    @Test
    void gives_no_temporary_url_the_screens_stream_instead() {
        store.put("docs/a.txt", bytes("a"), 1, "text/plain");

        assertThat(store.temporaryUrl("docs/a.txt", Duration.ofMinutes(5))).isEmpty();
        assertThatThrownBy(() -> store.temporaryUrl("../a.txt", Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private String read(String key) {
        try (DocumentContent content = store.get(key).orElseThrow()) {
            return new String(content.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The version in the file's plain header: 8 bytes of marker, then a big-endian int. */
    private static int keyVersionOf(byte[] file) {
        assertThat(Arrays.copyOf(file, 8)).containsExactly(0, 'r', 'c', 'd', 'o', 'c', 0, 1);
        return ByteBuffer.wrap(file, 8, 4).getInt();
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream failingAfter(int n) {
        return new InputStream() {
            private int left = n;

            @Override
            public int read() throws IOException {
                if (left-- <= 0) {
                    throw new IOException("broken");
                }
                return 'y';
            }
        };
    }

    private static List<String> filesUnder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }
}
