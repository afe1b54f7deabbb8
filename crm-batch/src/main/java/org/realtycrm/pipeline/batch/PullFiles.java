package org.realtycrm.pipeline.batch;

import java.io.IOException;
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
        Path file = path(pull.getId());
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

    public void removeCopy(long pullId) throws IOException {
        Files.deleteIfExists(path(pullId));
    }

    private static Path path(long pullId) {
        return Path.of(System.getProperty("java.io.tmpdir"), "crm-list-pulls", pullId + ".csv");
    }
}
