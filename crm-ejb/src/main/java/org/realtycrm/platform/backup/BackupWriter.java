package org.realtycrm.platform.backup;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.realtycrm.platform.backup.BackupManifest.DocumentEntry;
import org.realtycrm.platform.crypto.DataKeys;

/**
 * Writes a {@link BackupArchive} as a stream: the header, then the database, the documents and the manifest, each
 * encrypted as it passes. Nothing is compressed again (a custom-format dump is compressed already, photos too).
 */
final class BackupWriter implements AutoCloseable {

    /** Writes the database dump to the stream it is given (and does not close it). */
    interface DumpSource {
        void writeTo(OutputStream out) throws IOException;
    }

    private final ZipOutputStream zip;

    BackupWriter(OutputStream archive, DataKeys keys) throws IOException {
        byte[] header = BackupArchive.header(keys.activeVersion());
        archive.write(header);
        zip = new ZipOutputStream(new BufferedOutputStream(keys.encrypting(archive, header), 1 << 16));
        zip.setLevel(Deflater.NO_COMPRESSION);
    }

    void database(DumpSource dump) throws IOException {
        zip.putNextEntry(new ZipEntry(BackupArchive.DATABASE_ENTRY));
        dump.writeTo(unclosable(zip));
        zip.closeEntry();
    }

    DocumentEntry document(String key, String contentType, InputStream content) throws IOException {
        zip.putNextEntry(new ZipEntry(BackupArchive.DOCUMENTS_PREFIX + key));
        BackupArchive.Measured measured = new BackupArchive.Measured(zip);
        content.transferTo(measured);
        zip.closeEntry();
        return new DocumentEntry(key, contentType, measured.size(), measured.sha256());
    }

    /** Writes the manifest and the encryption's final segment; the archive is complete once this returns. */
    void finish(BackupManifest manifest) throws IOException {
        zip.putNextEntry(new ZipEntry(BackupArchive.MANIFEST_ENTRY));
        zip.write(manifest.toBytes());
        zip.closeEntry();
        zip.close();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
