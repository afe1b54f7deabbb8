package org.realtycrm.mls.control;

import java.util.List;
import java.util.stream.Stream;

/**
 * An MLS's listings, read incrementally. Replication walks the listings in the order (ModificationTimestamp,
 * ListingKey): {@link #changedSince} starts after a {@link ReplicationCursor}, {@link #next} continues a page. A
 * caller stores {@link ListingPage#cursor()} after it has applied a page; starting again from that cursor neither
 * skips nor repeats a record, whichever page boundary it fell on. An adapter whose server cannot sort by that order
 * ({@link RetsFeed}) reads its query in windows of modification time and keeps the page cursor at the start of a
 * window until the window's last page: starting again from a stored cursor then still skips nothing, and repeats only
 * the records of a window that was not finished (which the sync finds already current).
 */
public interface ListingFeed {

    /** The first page of listings changed after {@code cursor} ({@link ReplicationCursor#start()}: every listing). */
    ListingPage changedSince(ReplicationCursor cursor);

    /** The page after {@code page}; only when {@link ListingPage#hasMore()}. */
    ListingPage next(ListingPage page);

    /**
     * Every Media record of one listing, in the provider's {@code Order}: each names its object by URL or, where the
     * feed sends the object itself (RETS GetObject), carries its bytes ({@link MediaRecord#content()}).
     */
    List<MediaRecord> media(String listingKey);

    /**
     * Every ListingKey the feed has now, for reconciliation: a stored listing whose key is missing is no longer
     * in the feed. Lazy: pages are requested while the stream is consumed; close it when done early.
     */
    Stream<String> allKeys();
}
