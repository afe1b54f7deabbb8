package org.realtycrm.mls.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface FeedRepository {

    Optional<Feed> find(long id);

    /** Every feed, by name. */
    List<Feed> all();

    void add(Feed feed);

    /**
     * Takes the lease of an enabled feed in one atomic statement, on the database's clock, when nobody holds it, it
     * has expired, or {@code owner} holds it already: of two nodes asking at once, one gets it.
     *
     * @return the lease's expiry when {@code owner} holds it now; empty otherwise
     */
    Optional<Instant> tryLease(long feedId, String owner, Duration ttl);

    /**
     * Whether {@code owner} holds the feed's lease now and the feed is enabled, read without locking its row: the
     * check before work whose commit renews the lease under the lock ({@link #tryLease}).
     */
    boolean holdsLease(long feedId, String owner);
}
