package org.realtycrm.platform.storage;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;

import org.realtycrm.platform.crypto.DataKeys;

/**
 * The layout of a document the {@link FileSystemDocumentStore} encrypted: a plain header of {@value #HEADER_BYTES}
 * bytes, the marker {@code 00 'r' 'c' 'd' 'o' 'c' 00 01} (format 1) and the key version as a big-endian int, then
 * the content as one stream of {@link DataKeys} (Tink's streaming AES-256-GCM). The header and the document's key
 * are its associated data: a file copied or renamed to another key, or given another version number, does not
 * decrypt. A file that does not start with the marker is read as it is (stored before documents were encrypted, or
 * put there by hand); the marker starts with a zero byte, which no image, PDF or text file begins with.
 */
final class EncryptedFiles {

    static final int HEADER_BYTES = 12;
    private static final byte[] MARKER = {0, 'r', 'c', 'd', 'o', 'c', 0, 1};

    private EncryptedFiles() {
    }

    /**
     * Writes the header to {@code file} and answers the stream that encrypts into it with the active key; closing
     * that stream writes the last segment and leaves {@code file} open.
     */
    static OutputStream encrypting(OutputStream file, DataKeys keys, String key) throws IOException {
        byte[] header = ByteBuffer.allocate(HEADER_BYTES).put(MARKER).putInt(keys.activeVersion()).array();
        file.write(header);
        return keys.encrypting(new LeftOpen(file), associatedData(header, key));
    }

    /**
     * The plain content of a stored file: decrypted when it starts with the header, as it is otherwise. A read of a
     * file that does not decrypt (changed, cut short, moved from another key) throws a {@link DocumentStoreException}
     * rather than answering bytes that are not the document's.
     *
     * @throws DocumentStoreException when the file names a key version the key file no longer holds
     */
    static InputStream plain(InputStream file, DataKeys keys, String key) throws IOException {
        BufferedInputStream in = new BufferedInputStream(file);
        in.mark(HEADER_BYTES);
        byte[] header = in.readNBytes(HEADER_BYTES);
        boolean marked = header.length >= MARKER.length
                && Arrays.equals(header, 0, MARKER.length, MARKER, 0, MARKER.length);
        if (!marked) {
            in.reset();
            return in;
        }
        if (header.length < HEADER_BYTES) {
            // the marker, then nothing: an encrypted file cut short, never a plain one to hand out as it is
            throw new DocumentStoreException("cannot read " + key + ": the encrypted file is cut short");
        }
        int version = ByteBuffer.wrap(header, MARKER.length, Integer.BYTES).getInt();
        if (!keys.versions().contains(version)) {
            throw new DocumentStoreException("cannot read " + key + ": it was encrypted with data key version "
                    + version + ", which the key file no longer holds (versions " + keys.versions() + ")");
        }
        return new Authenticated(keys.decrypting(in, associatedData(header, key)), key);
    }

    /** Whether the file starts with the header (is encrypted), without reading further. */
    static boolean isEncrypted(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] start = in.readNBytes(MARKER.length);
            return Arrays.equals(start, MARKER);
        }
    }

    private static byte[] associatedData(byte[] header, String key) {
        byte[] name = key.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(header.length + name.length).put(header).put(name).array();
    }

    /** Reports a ciphertext that fails authentication as the store's failure, which callers already handle. */
    private static final class Authenticated extends FilterInputStream {
        private final String key;

        Authenticated(InputStream decrypting, String key) {
            super(decrypting);
            this.key = key;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw failure(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw failure(e);
            }
        }

        @Override
        public long skip(long n) throws IOException {
            try {
                return super.skip(n);
            } catch (IOException e) {
                throw failure(e);
            }
        }

        private DocumentStoreException failure(IOException e) {
            return new DocumentStoreException("cannot read " + key + ": it does not decrypt with the data keys "
                    + "(changed, cut short or moved from another key) or could not be read: " + e.getMessage(), e);
        }
    }

    /** The encrypting stream closes its sink when it ends; the store still forces and closes the file itself. */
    private static final class LeftOpen extends FilterOutputStream {
        LeftOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len); // FilterOutputStream would write byte by byte
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
