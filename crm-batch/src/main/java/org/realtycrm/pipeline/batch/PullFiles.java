package org.realtycrm.pipeline.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.realtycrm.pipeline.entity.ListPull;
import org.realtycrm.platform.storage.DocumentContent;
import org.realtycrm.platform.storage.DocumentStore;

/**
 * A pull's file as the parse step reads it: a local copy of the stored document (S3 in production), so that a
 * restart seeks straight to its byte offset. The copy is made once per node and removed when the run is over.
 */
@ApplicationScoped
public class PullFiles {

    @Inject
    DocumentStore documents;

    public Path localCopy(ListPull pull) throws IOException {
        Path file = path(pull);
        if (Files.exists(file) && Files.size(file) == pull.getSizeBytes()) {
            return file;
        }
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".download");
        try (DocumentContent content = documents.get(pull.getDocumentKey())
                .orElseThrow(() -> new IOException("the list's file " + pull.getDocumentKey()
                        + " is no longer in the document store"));
                InputStream in = content.stream()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    public void removeCopy(ListPull pull) throws IOException {
        Files.deleteIfExists(path(pull));
    }

    /**
     * Named by the pull and its document: a copy left by a run that stopped, on a server whose database was since
     * restored or replaced, is never taken for another list that got the same id (and happens to have its size).
     */
    private static Path path(ListPull pull) {
        String document = HexFormat.of().formatHex(sha256(pull.getDocumentKey())).substring(0, 16);
        return Path.of(System.getProperty("java.io.tmpdir"), "crm-list-pulls", pull.getId() + "-" + document + ".csv");
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
