package org.realtycrm.pipeline.control;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a list source's files arrive: a data aggregator (PropStream, BatchLeads, ListSource) drops CSV files of
 * property owners in an SFTP folder or publishes them at an HTTPS URL, and the lead pipeline picks them up from here.
 * Pickup is in three steps so that no list is lost and none is read twice: {@link #waiting()} says what is ready,
 * {@link #fetch} copies one file (resuming a copy cut off earlier), and only once the caller has stored the copy
 * safely does {@link #pickedUp} archive or delete it at the source. A drop is used by one caller at a time.
 */
public interface FileDrop extends AutoCloseable {

    /** The files ready for pickup, oldest first (by modification time, then name). */
    List<DroppedFile> waiting();

    /**
     * Copies the file into {@code target}. When {@code target} already holds N bytes, they are taken to be the first N
     * bytes of this same version of the file (a download cut off earlier: the caller keeps a partial copy only under
     * the same {@link DroppedFile#marker()}), and only the rest is transferred. Afterwards the target's size equals the
     * file's size at the source.
     *
     * @throws FileDropException when the source cannot be read, the file changed since it was listed, or fewer bytes
     *         arrived than the source holds
     */
    void fetch(DroppedFile file, Path target);

    /**
     * The caller has stored its copy: the source must not offer this version again (it is archived or deleted there,
     * as the source is configured).
     */
    void pickedUp(DroppedFile file);

    /** Ends the connection to the source, if one is open. */
    @Override
    void close();
}
