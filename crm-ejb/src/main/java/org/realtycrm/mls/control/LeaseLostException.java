package org.realtycrm.mls.control;

/**
 * A sync went to write for a feed whose lease it no longer holds: it stalled past the lease and another node took
 * the feed, or an administrator stopped the feed. Its transaction rolls back, so two nodes never both write a feed's
 * pages, and a stopped feed's sync ends at its next page.
 */
public class LeaseLostException extends RuntimeException {

    public LeaseLostException(long feedId, String owner) {
        super("the lease of feed " + feedId + " is no longer held by " + owner);
    }

    /** An administrator stopped the feed while it synced: the sync stops at its next page. */
    public LeaseLostException(long feedId) {
        super("feed " + feedId + " was stopped during this run");
    }
}
