package org.realtycrm.platform.storage;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;

import org.realtycrm.platform.crypto.DataKeys;

/**
 * The local default {@link DocumentStore}: a directory on the server. The object {@code a/b/c.jpg} is the file
 * {@code <root>/a/b/c.jpg}; its content type, length and SHA-256 (of the document, not of the file) are kept beside
 * it in {@code <root>/a/b/.c.jpg.meta} (keys never start a segment with a dot, so no key names a sidecar or a
 * temporary file).
 *
 * <p>Files are encrypted with the data keys ({@link EncryptedFiles}), so a copy of the directory or of the disk gives
 * no document away; the keys are asked for at every write and read, so a rotated key file encrypts new files with the
 * new version while every version it still holds reads the old ones. A file without the header (written before
 * documents were encrypted, or put there by hand) is read as it is. Backup archives ({@link DocumentKeys#BACKUPS})
 * are kept as they are: their writer encrypted them with the same keys, and an operator copies them off the machine,
 * checks them with {@code sha256sum} against their record and restores them from the copy.
 *
 * <p>A write goes to a temporary file in the target's directory, is checked against the announced length, forced to
 * disk and then moved over the target in one atomic rename, so a reader sees the old file or the new one, never a
 * part; a failed write leaves no file behind. The data is renamed first and its sidecar right after: a read racing
 * an overwrite may, for that instant, pair the new bytes with the old sidecar's content type, length and SHA-256.
 * The store serves the bytes through the application only: {@link #temporaryUrl} is always empty.
 *
 * <p>Every path is checked to lie under the root after resolution, and a symbolic link inside the root that points
 * out of it is not followed: writing through it is refused, reading through it finds nothing.
 */
public final class FileSystemDocumentStore implements DocumentStore {

    private static final String META_SUFFIX = ".meta";
    private static final String CONTENT_TYPE = "content-type";
    private static final String SHA_256 = "sha-256";
    private static final String LENGTH = "length";

    private final Path root;
    private final Supplier<DataKeys> keys;

    /** @param keys the data keys as they are now (a {@code KeyFileWatch}'s), asked for at every write and read */
    public FileSystemDocumentStore(Path root, Supplier<DataKeys> keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
        try {
            this.root = Files.createDirectories(Objects.requireNonNull(root, "root").toAbsolutePath().normalize())
                    .toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the document directory " + root, e);
        }
    }

    public Path root() {
        return root;
    }

    @Override
    public StoredObject put(String key, InputStream content, long length, String contentType) {
        Path target = pathOf(key);
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(contentType, "contentType");
        if (length < 0) {
            throw new IllegalArgumentException("length must not be negative");
        }
        Path dir = target.getParent();
        Path data = null;
        Path meta = null;
        try {
            Files.createDirectories(dir);
            if (!dir.toRealPath().startsWith(root)) {
                throw new IllegalArgumentException("the document key " + key + " leads out of the store");
            }
            String name = target.getFileName().toString();
            data = dir.resolve("." + name + "." + UUID.randomUUID() + ".tmp");
            MessageDigest sha256 = sha256();
            long copied;
            try (FileChannel channel = FileChannel.open(data, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream file = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
                boolean encrypt = !key.startsWith(DocumentKeys.BACKUPS);
                OutputStream sink = encrypt ? EncryptedFiles.encrypting(file, keys.get(), key) : file;
                copied = copyAtMost(content, new DigestOutputStream(sink, sha256), length);
                if (encrypt && copied == length) {
                    sink.close(); // the last segment; the file stays open
                }
                file.flush();
                channel.force(true); // on disk before the rename makes it visible: no empty file after a power cut
            }
            if (copied != length) {
                throw new DocumentStoreException("the content of " + key + " has " + (copied > length ? "more than "
                        : "") + copied + " bytes, not the announced " + length);
            }
            String hash = HexFormat.of().formatHex(sha256.digest());
            Properties properties = new Properties();
            properties.setProperty(CONTENT_TYPE, contentType);
            properties.setProperty(SHA_256, hash);
            properties.setProperty(LENGTH, Long.toString(length));
            meta = dir.resolve("." + name + "." + UUID.randomUUID() + ".tmp");
            try (Writer out = Files.newBufferedWriter(meta, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW)) {
                properties.store(out, null);
            }
            move(data, target);
            data = null;
            move(meta, sidecarOf(target));
            meta = null;
            return new StoredObject(key, length, contentType, hash, Files.getLastModifiedTime(target).toInstant());
        } catch (IOException e) {
            throw new DocumentStoreException("cannot store " + key + " in " + root + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(data);
            deleteQuietly(meta);
        }
    }

    @Override
    public Optional<DocumentContent> get(String key) {
        Path target = pathOf(key);
        Optional<StoredObject> object = metadata(key);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        InputStream in = null;
        try {
            in = Files.newInputStream(target, LinkOption.NOFOLLOW_LINKS);
            return Optional.of(new DocumentContent(object.get(), EncryptedFiles.plain(in, keys.get(), key)));
        } catch (NoSuchFileException e) {
            return Optional.empty(); // deleted meanwhile
        } catch (IOException | RuntimeException e) {
            closeQuietly(in);
            if (e instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw new DocumentStoreException("cannot read " + key + " in " + root + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<StoredObject> metadata(String key) {
        Path target = pathOf(key);
        try {
            if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                    || !target.getParent().toRealPath().startsWith(root)) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            Path sidecar = sidecarOf(target);
            if (Files.isRegularFile(sidecar, LinkOption.NOFOLLOW_LINKS)) {
                try (Reader in = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
                    properties.load(in);
                }
            }
            String hash = properties.getProperty(SHA_256);
            String length = properties.getProperty(LENGTH);
            long size;
            if (hash == null || length == null && EncryptedFiles.isEncrypted(target)) {
                // a file put there by hand, or one whose sidecar was lost: describe it from its plain bytes
                Measured measured = measure(target, key);
                hash = measured.sha256();
                size = measured.size();
            } else {
                size = length == null ? Files.size(target) : Long.parseLong(length); // no length: stored plain
            }
            return Optional.of(new StoredObject(key, size,
                    properties.getProperty(CONTENT_TYPE, "application/octet-stream"), hash,
                    Files.getLastModifiedTime(target).toInstant()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new DocumentStoreException("cannot read " + key + " in " + root + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String key) {
        Path target = pathOf(key);
        try {
            Files.deleteIfExists(target);
            Files.deleteIfExists(sidecarOf(target));
        } catch (IOException e) {
            throw new DocumentStoreException("cannot delete " + key + " in " + root + ": " + e.getMessage(), e);
        }
    }

    /** Always empty: the screens stream a file through the application. */
    @Override
    public Optional<URI> temporaryUrl(String key, Duration validity) {
        DocumentKeys.requireValid(key);
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "FileSystemDocumentStore[" + root + "]";
    }

    private Path pathOf(String key) {
        Path path = root.resolve(DocumentKeys.requireValid(key)).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("the document key " + key + " leads out of the store");
        }
        return path;
    }

    private static Path sidecarOf(Path target) {
        return target.resolveSibling("." + target.getFileName() + META_SUFFIX);
    }

    private static long copyAtMost(InputStream in, OutputStream out, long length) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int read; (read = in.read(buffer)) >= 0; ) {
            total += read;
            if (total > length) {
                return total; // no need to read the rest: it is refused
            }
            out.write(buffer, 0, read);
        }
        return total;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of " + to.getParent() + " cannot rename atomically", e);
        }
    }

    private Measured measure(Path file, String key) throws IOException {
        MessageDigest sha256 = sha256();
        long size = 0;
        try (InputStream stored = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
             InputStream in = EncryptedFiles.plain(stored, keys.get(), key)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = in.read(buffer)) >= 0; ) {
                sha256.update(buffer, 0, read);
                size += read;
            }
        }
        return new Measured(size, HexFormat.of().formatHex(sha256.digest()));
    }

    private record Measured(long size, String sha256) {
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // the failure being reported is the one that matters
            }
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the temporary file is hidden and never read; a later write does not reuse its name
            }
        }
    }
}
