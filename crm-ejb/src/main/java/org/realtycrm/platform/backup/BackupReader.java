package org.realtycrm.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.realtycrm.platform.backup.BackupManifest.DocumentEntry;
import org.realtycrm.platform.crypto.DataKeys;
import org.realtycrm.platform.storage.DocumentKeys;

/**
 * Unpacks a {@link BackupArchive} into a directory: {@code database.dump} and {@code documents/<key>}. Decryption
 * authenticates every segment as it is read and the end of the stream, so a changed, reordered or cut archive fails
 * here, before anything is restored. Each document is then checked against the manifest's size and SHA-256.
 */
final class BackupReader {

    private BackupReader() {
    }

    /** What was unpacked: the manifest, the dump's path and the documents' directory. */
    record Unpacked(BackupManifest manifest, int keyVersion, Path dump, Path documents) {

        Path document(String key) {
            return documents.resolve(key);
        }
    }

    static Unpacked unpack(InputStream archive, DataKeys keys, Path directory) throws IOException {
        BackupArchive.Header header = BackupArchive.readHeader(archive);
        if (!keys.versions().contains(header.keyVersion())) {
            throw new IOException("the archive was encrypted with key version " + header.keyVersion()
                    + ", which the key file does not hold (it holds " + keys.versions() + ")");
        }
        Path dump = directory.resolve(BackupArchive.DATABASE_ENTRY);
        Path documents = Files.createDirectories(directory.resolve("documents"));
        Map<String, DocumentEntry> found = new HashMap<>();
        BackupManifest manifest = null;
        InputStream plain = keys.decrypting(archive, header.bytes());
        try (ZipInputStream zip = new ZipInputStream(plain)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (name.equals(BackupArchive.DATABASE_ENTRY)) {
                    Files.copy(zip, dump);
                } else if (name.equals(BackupArchive.MANIFEST_ENTRY)) {
                    manifest = BackupManifest.parse(zip.readAllBytes());
                } else if (name.startsWith(BackupArchive.DOCUMENTS_PREFIX)) {
                    String key = DocumentKeys.requireValid(name.substring(BackupArchive.DOCUMENTS_PREFIX.length()));
                    Path target = documents.resolve(key);
                    Files.createDirectories(target.getParent());
                    try (OutputStream out = Files.newOutputStream(target);
                         BackupArchive.Measured measured = new BackupArchive.Measured(out)) {
                        zip.transferTo(measured);
                        found.put(key, new DocumentEntry(key, null, measured.size(), measured.sha256()));
                    }
                } else {
                    throw new IOException("unexpected entry in the archive: " + name);
                }
            }
            // the ZIP reader stops at the central directory: read on to the end, where decryption checks that the
            // archive was not cut short
            plain.transferTo(OutputStream.nullOutputStream());
        }
        if (manifest == null || !Files.exists(dump)) {
            throw new IOException("the archive is incomplete: its " + (manifest == null ? "manifest" : "dump")
                    + " is missing");
        }
        for (DocumentEntry expected : manifest.documents()) {
            DocumentEntry actual = found.remove(expected.key());
            if (actual == null || actual.size() != expected.size() || !actual.sha256().equals(expected.sha256())) {
                throw new IOException("document " + expected.key() + " in the archive does not match its manifest");
            }
        }
        if (!found.isEmpty()) {
            throw new IOException("the archive holds documents its manifest does not list: " + found.keySet());
        }
        return new Unpacked(manifest, header.keyVersion(), dump, documents);
    }
}
