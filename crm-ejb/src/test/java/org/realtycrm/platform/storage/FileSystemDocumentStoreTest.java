package org.realtycrm.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileSystemDocumentStoreTest {

    @TempDir
    Path temp;

    private Path root;
    private FileSystemDocumentStore store;

    @BeforeEach
    void open() {
        root = temp.resolve("documents");
        store = new FileSystemDocumentStore(root);
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
        assertThat(root.resolve("properties/42/media/front.jpg")).hasBinaryContent(photo);
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
    void gives_no_temporary_url_the_screens_stream_instead() {
        store.put("docs/a.txt", bytes("a"), 1, "text/plain");

        assertThat(store.temporaryUrl("docs/a.txt", Duration.ofMinutes(5))).isEmpty();
        assertThatThrownBy(() -> store.temporaryUrl("../a.txt", Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class);
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
