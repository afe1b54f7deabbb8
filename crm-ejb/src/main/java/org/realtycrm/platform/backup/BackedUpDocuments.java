package org.realtycrm.platform.backup;

/**
 * The documents of one feature that a backup must hold: those that exist nowhere else (an agent's upload, a signed
 * contract), not those a feed gives again. A feature that keeps such documents in the {@code DocumentStore}
 * implements this as an {@code @ApplicationScoped} bean; the backup asks every one of them.
 */
public interface BackedUpDocuments {

    /**
     * A query answering the documents' keys in its first column. It runs in the backup's snapshot, so the keys match
     * the dumped rows exactly.
     */
    String keysQuery();
}
