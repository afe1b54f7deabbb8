package org.realtycrm.pipeline.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.realtycrm.pipeline.entity.ListPull;
import org.realtycrm.pipeline.entity.ListSource;
import org.realtycrm.platform.storage.DocumentStore;

/**
 * Brings a source's waiting files in: each is downloaded into a work file (a download cut off resumes there on the
 * next look), stored in the document store, recorded as a pull (with the file's version), its run started, and only
 * then archived or deleted at the source.
 * A crash between storing and clearing the source can hand the same file over twice (an administrator sees two
 * pulls of one file name); nothing is lost, which is the side to err on. How each look went is kept on the source.
 */
@ApplicationScoped
public class ListPickup {

    private static final Logger LOG = Logger.getLogger(ListPickup.class.getName());

    @Inject
    FileDrops drops;

    @Inject
    DocumentStore documents;

    @Inject
    PullLedger ledger;

    /** Stores an uploaded file as a pull of the source. */
    public ListPull store(ListSource source, String fileName, InputStream content, long length, Long uploadedBy) {
        return store(source, fileName, content, length, null, uploadedBy);
    }

    private ListPull store(ListSource source, String fileName, InputStream content, long length, String marker,
            Long uploadedBy) {
        String key = documentKey(source, fileName);
        documents.put(key, content, length, "text/csv");
        return ledger.received(source, fileName, key, length, marker, uploadedBy);
    }

    /**
     * Looks at the source once. Each file is stored, recorded and its run started before it is cleared at the
     * source; a file whose clearing failed is not received again at the next look, only cleared.
     *
     * @param received called with each pull as soon as it is recorded (its run starts there), so that a file that
     *                 fails later in the same look does not hold back the ones before it
     * @return the pulls received, oldest file first
     * @throws FileDropException when the source cannot be reached, read or cleared (the reason is also kept on the
     *                           source); files already received stay received
     */
    public List<ListPull> pickUp(ListSource source, Consumer<ListPull> received) {
        List<ListPull> pulls = new ArrayList<>();
        try (FileDrop drop = drops.open(source)) {
            for (DroppedFile file : drop.waiting()) {
                if (!ledger.alreadyReceived(source.getId(), file.marker())) {
                    ListPull pull = receive(source, drop, file);
                    pulls.add(pull);
                    received.accept(pull);
                }
                drop.pickedUp(file);
                ledger.sourcePolled(source.getId(), file.marker());
            }
            ledger.sourcePolled(source.getId(), null);
        } catch (FileDropException e) {
            ledger.sourcePollFailed(source.getId(), e.getMessage());
            throw e;
        } catch (IOException | RuntimeException e) {
            // a setting the adapter refuses, or the document store failing: said on the source like any other
            String reason = "the source could not be read: " + e.getMessage();
            ledger.sourcePollFailed(source.getId(), reason);
            throw new FileDropException(reason, e);
        }
        return pulls;
    }

    private ListPull receive(ListSource source, FileDrop drop, DroppedFile file) throws IOException {
        Path work = workFile(source, file);
        drop.fetch(file, work);
        ListPull pull;
        try (InputStream content = Files.newInputStream(work)) {
            pull = store(source, file.name(), content, Files.size(work), file.marker(), null);
        }
        Files.deleteIfExists(work);
        LOG.log(Level.INFO, "Picked up {0} from list source {1} as pull {2}",
                new Object[] {file.name(), source.getName(), String.valueOf(pull.getId())});
        return pull;
    }

    /** Where a download in progress is kept: the same file (name and marker) finds its partial copy again. */
    private static Path workFile(ListSource source, DroppedFile file) throws IOException {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "crm-list-pickups", "source-" + source.getId());
        Files.createDirectories(folder);
        return folder.resolve(digest(file.name() + "\n" + file.marker()) + ".part");
    }

    private static String documentKey(ListSource source, String fileName) {
        String safe = fileName == null ? "list.csv" : fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        if (safe.startsWith(".") || safe.isEmpty()) {
            safe = "_" + safe;
        }
        if (safe.length() > 120) {
            safe = safe.substring(safe.length() - 120);
        }
        return "pipeline/sources/" + source.getId() + "/" + UUID.randomUUID() + "/" + safe;
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
