package org.realtycrm.lead.batch;

/** The configuration keys of CSV imports (defaults in microprofile-config.properties). */
public final class ImportSettings {

    /** Where uploaded files are kept while (and after) they are imported; empty: ${user.home}/realtycrm/imports. */
    public static final String DIRECTORY = "crm.import.directory";
    /** The largest upload accepted, in bytes. */
    public static final String MAX_BYTES = "crm.import.max-bytes";
    /** Rows per chunk: one transaction, one checkpoint, one routing lock and one notification per agent each. */
    public static final String CHUNK_SIZE = "crm.import.chunk-size";
    /** Parts of a file stored at the same time, each on its own database connection (about one per core). */
    public static final String WRITERS = "crm.import.writers";

    private ImportSettings() {
    }
}
