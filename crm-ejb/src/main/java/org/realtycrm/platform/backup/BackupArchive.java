package org.realtycrm.platform.backup;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layout of a backup archive. A short plain-text header names the format and the key version; everything after
 * it is one stream encrypted with the data keys ({@code DataKeys}, the header authenticated with it), holding a ZIP
 * of {@value #DATABASE_ENTRY} (the {@code pg_dump} in custom format), one {@value #DOCUMENTS_PREFIX}{@code <key>}
 * entry per document, and the {@link BackupManifest} last ({@value #MANIFEST_ENTRY}).
 *
 * <pre>
 * realtycrm-backup 1
 * key-version 2
 * (blank line, then the encrypted stream)
 * </pre>
 */
final class BackupArchive {

    static final String DATABASE_ENTRY = "database.dump";
    static final String DOCUMENTS_PREFIX = "documents/";
    static final String MANIFEST_ENTRY = "MANIFEST";
    static final String SUFFIX = ".rcbackup";

    private static final String FIRST_LINE = "realtycrm-backup 1";
    private static final Pattern KEY_LINE = Pattern.compile("key-version (\\d{1,9})");
    private static final int MAX_HEADER_BYTES = 256;

    private BackupArchive() {
    }

    static byte[] header(int keyVersion) {
        return (FIRST_LINE + "\nkey-version " + keyVersion + "\n\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Reads the header off the start of an archive: its bytes (the associated data) and the key version it names. */
    static Header readHeader(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int previous = -1;
        while (bytes.size() < MAX_HEADER_BYTES) {
            int next = in.read();
            if (next < 0) {
                break;
            }
            bytes.write(next);
            if (next == '\n' && previous == '\n') {
                String[] lines = bytes.toString(StandardCharsets.US_ASCII).split("\n");
                Matcher key = lines.length >= 2 ? KEY_LINE.matcher(lines[1]) : null;
                if (FIRST_LINE.equals(lines[0]) && key != null && key.matches()) {
                    return new Header(bytes.toByteArray(), Integer.parseInt(key.group(1)));
                }
                break;
            }
            previous = next;
        }
        throw new IOException("not a Realty CRM backup archive (its first line is not \"" + FIRST_LINE + "\")");
    }

    record Header(byte[] bytes, int keyVersion) {
    }

    /** Counts and hashes what passes through, for a document's size and SHA-256; closing it leaves the sink open. */
    static final class Measured extends FilterOutputStream {
        private final MessageDigest sha256;
        private long size;

        Measured(OutputStream sink) {
            super(sink);
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            sha256.update((byte) b);
            size++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            sha256.update(b, off, len);
            size += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }

        long size() {
            return size;
        }

        String sha256() {
            return HexFormat.of().formatHex(sha256.digest());
        }
    }
}
