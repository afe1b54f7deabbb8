package org.realtycrm.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The port to where documents and photos are kept: listing photos and their thumbnails, transaction documents,
 * exports. Two adapters, chosen by configuration ({@link DocumentStores}): {@link FileSystemDocumentStore}, a
 * directory on the server (the default, needs no account), and {@link S3DocumentStore}, AWS S3 or any
 * S3-compatible server (MinIO, Ceph, Cloudflare R2 …).
 *
 * <p>Keys follow {@link DocumentKeys}; every method refuses any other key with an {@link IllegalArgumentException}.
 * A reader never sees a half-written object: an object is either absent, the previous version or the complete new
 * one. A missing key is an empty answer, never an exception.
 *
 * <p><b>Showing a document in the screens.</b> {@link #temporaryUrl} gives a short-lived address the browser can
 * fetch directly (S3: a presigned GET). The filesystem store cannot give one, and answers empty: the screens then
 * stream the object through the application (a caching endpoint reading {@link #get}). Callers must handle both.
 */
public interface DocumentStore extends AutoCloseable {

    /**
     * Stores {@code length} bytes read from {@code content} under {@code key}, replacing what was there. The stream is
     * read to its end and not closed.
     *
     * @throws DocumentStoreException when the stream fails or does not hold exactly {@code length} bytes; nothing is
     *                                then stored and the previous object, if any, is unchanged
     */
    StoredObject put(String key, InputStream content, long length, String contentType);

    /** @return the object and its bytes (close it), or empty when nothing is stored under the key */
    Optional<DocumentContent> get(String key);

    /** @return the object's description without its bytes, or empty when nothing is stored under the key */
    Optional<StoredObject> metadata(String key);

    default boolean exists(String key) {
        return metadata(key).isPresent();
    }

    /** Removes the object; removing a missing key does nothing. */
    void delete(String key);

    /**
     * @return an address that serves the object's bytes to anyone holding it for {@code validity} and then stops
     *         working, or empty when this store cannot give one (the filesystem store); the object's existence is not
     *         checked
     */
    Optional<URI> temporaryUrl(String key, Duration validity);

    /** What writes a document's bytes, and what it answers about them (counts, say). */
    @FunctionalInterface
    interface ContentWriter<T> {
        T write(OutputStream out) throws IOException;
    }

    /** What {@link #putWritten} stored: the writer's answer, and the document's size. */
    record Written<T>(T answer, long size) {
    }

    /**
     * Stores under {@code key} what {@code writer} writes: through a temporary file, since {@link #put} wants the
     * length first (a generated export or batch is not held in memory). The file is deleted whatever happens.
     *
     * @throws UncheckedIOException when the temporary file cannot be written or read
     */
    default <T> Written<T> putWritten(String key, String contentType, ContentWriter<T> writer) {
        Path file = null;
        try {
            file = Files.createTempFile("crm-document", ".tmp");
            T answer;
            try (OutputStream out = Files.newOutputStream(file)) {
                answer = writer.write(out);
            }
            long size = Files.size(file);
            try (InputStream in = Files.newInputStream(file)) {
                put(key, in, size, contentType);
            }
            return new Written<>(answer, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind goes with the temporary folder
                }
            }
        }
    }

    /** Releases connections; the filesystem store holds none. */
    @Override
    default void close() {
    }
}
