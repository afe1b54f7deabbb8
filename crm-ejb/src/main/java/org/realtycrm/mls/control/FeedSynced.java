package org.realtycrm.mls.control;

/**
 * A feed's sync ended (fired on the syncing thread after its last page committed, whether it succeeded or not):
 * what reads the listings' changes (the saved searches' alerts) looks now.
 */
public record FeedSynced(long feedId, long runId) {
}
