package org.realtycrm.mls.control;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.realtycrm.mls.entity.Roster;

/**
 * An MLS's listings, read incrementally. Replication walks the listings in the order (ModificationTimestamp,
 * ListingKey): {@link #changedSince} starts after a {@link ReplicationCursor}, {@link #next} continues a page. A
 * caller stores {@link ListingPage#cursor()} after it has applied a page; starting again from that cursor neither
 * skips nor repeats a record, whichever page boundary it fell on. An adapter whose server cannot sort by that order
 * ({@link RetsFeed}) reads its query in windows of modification time and keeps the page cursor at the start of a
 * window until the window's last page: starting again from a stored cursor then still skips nothing, and repeats only
 * the records of a window that was not finished (which the sync finds already current).
 * <p>
 * The MLS's roster, its Member and Office records, is read the same way, each by a cursor of its own on
 * (ModificationTimestamp, MemberKey or OfficeKey), so that listings show their agent and office by name.
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

    /**
     * The first page of the roster's records changed after {@code cursor}, in (ModificationTimestamp, key) order,
     * paged and resumed as listings are.
     *
     * @return empty when the feed has no such resource: the server does not know it (a RESO Web API answers 404),
     *         or the feed's settings name no search for it (RETS)
     */
    Optional<RosterPage> rosterChangedSince(Roster roster, ReplicationCursor cursor);

    /** The roster page after {@code page}; only when {@link RosterPage#hasMore()}. */
    RosterPage next(RosterPage page);
}
