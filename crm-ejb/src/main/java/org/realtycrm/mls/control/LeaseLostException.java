package org.realtycrm.mls.control;

/**
 * A sync went to write for a feed whose lease it no longer holds: it stalled past the lease and another node took
 * the feed. Its transaction rolls back, so two nodes never both write a feed's pages.
 */
public class LeaseLostException extends RuntimeException {

    public LeaseLostException(long feedId, String owner) {
        super("the lease of feed " + feedId + " is no longer held by " + owner);
    }
}
