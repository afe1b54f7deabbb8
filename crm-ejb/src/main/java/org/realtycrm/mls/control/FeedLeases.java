package org.realtycrm.mls.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.realtycrm.mls.entity.Feed;
import org.realtycrm.mls.entity.FeedRepository;

/**
 * The check every write of a sync makes before it commits ({@link ListingStore}, {@link RosterStore}), in the
 * writer's own transaction: the lease is renewed by the statement that locks the feed's row until the write commits,
 * so a node that lost the feed (it stalled past the lease, and another node took it) commits nothing.
 */
@ApplicationScoped
public class FeedLeases {

    @Inject
    FeedRepository feeds;

    /**
     * The feed, its lease renewed for {@code lease.ttl()}.
     *
     * @throws LeaseLostException when another node holds the lease or the feed was stopped
     */
    public Feed renewed(long feedId, ListingStore.Lease lease) {
        if (feeds.tryLease(feedId, lease.owner(), lease.ttl()).isEmpty()) {
            throw lost(feedId, lease);
        }
        return existing(feedId);
    }

    /**
     * Checks, without locking the feed's row, that the lease is still held: before a page is written, so that a node
     * that lost the feed does not write a thousand listings (and lock their keys against the new holder) only to
     * find out at its commit.
     *
     * @throws LeaseLostException when another node holds the lease or the feed was stopped
     */
    public void ensureHeld(long feedId, ListingStore.Lease lease) {
        if (!feeds.holdsLease(feedId, lease.owner())) {
            throw lost(feedId, lease);
        }
    }

    /** Why the lease is not held: another node has it, or the feed was stopped. */
    private LeaseLostException lost(long feedId, ListingStore.Lease lease) {
        return existing(feedId).isEnabled() ? new LeaseLostException(feedId, lease.owner())
                : new LeaseLostException(feedId);
    }

    public Feed existing(long feedId) {
        return feeds.find(feedId).orElseThrow(() -> new IllegalStateException("feed " + feedId + " is gone"));
    }
}
