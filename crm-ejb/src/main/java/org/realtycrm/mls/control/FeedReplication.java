package org.realtycrm.mls.control;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.realtycrm.mls.entity.Feed;
import org.realtycrm.mls.entity.Roster;
import org.realtycrm.mls.entity.SyncKind;
import org.realtycrm.mls.entity.SyncRun;
import org.realtycrm.platform.cluster.NodeName;

/**
 * One sync of one feed, start to end, outside any transaction: each page is stored in its own
 * ({@link ListingStore}), so what a run has done stays done whatever happens next.
 *
 * <ol>
 *   <li>Take the feed's lease (a row lock in PostgreSQL; another node working the feed makes this a no-op), and
 *       with it a reload an administrator asked for: the cursors go back to the start, and the sync is a full load
 *       followed by a reconciliation.</li>
 *   <li>Pull the listings changed after the feed's cursor, page by page; each page commits with the cursor past it.
 *       A feed with no cursor yet makes this a full load.</li>
 *   <li>Pull the roster's Member and Office records changed after their own cursors, the same way, so that listings
 *       show their agent and office by name. A feed without them, or failing on them, does not fail the sync.</li>
 *   <li>Then fetch the photos of the listings whose PhotosChangeTimestamp moved (and any left over from an earlier
 *       run that did not finish them).</li>
 *   <li>Once a day, after the increments, reconcile: every key the feed still has is read, and stored listings whose
 *       key is gone are withdrawn (a provider may drop a listing without sending a deletion).</li>
 *   <li>End the run, give the lease back. A failure counts; {@code failureLimit} of them in a row stop the feed.</li>
 * </ol>
 */
@ApplicationScoped
public class FeedReplication {

    @Inject
    Event<FeedSynced> synced;

    /**
     * How long a write keeps the feed leased; every page and listing renews it. Longer than the longest wait for
     * the provider (a Retry-After of up to 5 minutes), so that a healthy sync never loses it; a server that dies
     * holding it gives it back when it starts again, and another server takes it over after this long.
     */
    static final Duration LEASE = Duration.ofMinutes(10);
    static final Duration RECONCILE_EVERY = Duration.ofHours(24);
    private static final int WITHDRAW_BATCH = 500;
    private static final int KEYS_PER_LEASE_RENEWAL = 10_000;
    private static final Logger LOG = Logger.getLogger(FeedReplication.class.getName());

    @Inject
    ListingStore store;

    @Inject
    FeedConnections connections;

    @Inject
    RosterStore rosters;

    @Inject
    ListingPhotos photos;

    /** Reads the next page ahead; the container's threads, so a read carries no transaction and no caller. */
    @Resource
    ManagedExecutorService executor;

    /** Writes pages, two of a sync at once ({@link PagePipeline}); its own pool (server-config/domain.asadmin). */
    @Resource(lookup = "concurrent/mlsPageWriters")
    ManagedExecutorService pageWriters;

    /**
     * The most listings whose photos one sync fetches: a first load's photos take several syncs, and the listings'
     * own changes never wait long behind them.
     */
    @Inject
    @ConfigProperty(name = "crm.mls.photo-listings-per-sync", defaultValue = "2000")
    int photoListingsPerSync;

    /**
     * Syncs the feed now, on this thread.
     *
     * @param reconcile whether to reconcile its keys after the increments even if a reconciliation is not due
     * @return the run, finished; empty when the feed is disabled or another sync holds it
     */
    public Optional<SyncRun> sync(long feedId, boolean reconcile) {
        Optional<Feed> found = store.feed(feedId).filter(Feed::isEnabled);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Feed feed = found.get();
        ListingStore.Lease lease = new ListingStore.Lease(owner(), LEASE);
        Optional<ListingStore.StartedSync> started = store.beginSync(feedId, lease);
        if (started.isEmpty()) {
            return Optional.empty();
        }
        SyncKind kind = started.get().kind();
        long runId = started.get().runId();
        // a reload reconciles too: what the feed no longer has is withdrawn, as its re-read cannot tell
        boolean reconcileNow = reconcile || started.get().reload()
                || kind == SyncKind.INCREMENTAL && store.reconciliationDue(feedId, RECONCILE_EVERY);
        AtomicReference<ListingFeed> opened = new AtomicReference<>();
        String failure = attempt(feed, () -> opened.set(connections.open(feed))); // a missing secret, a bad address
        try (Connection source = new Connection(opened.get())) {
            if (failure == null) {
                failure = attempt(feed, () -> pull(feed, runId, lease, source.feed(), kind == SyncKind.FULL));
            }
            end(feed, runId, lease, failure);
            if (failure == null && reconcileNow) {
                // its own run, after the increments have been recorded: it reads every key, which takes a while
                Optional<Long> reconciliation = store.begin(feedId, SyncKind.RECONCILE, lease);
                reconciliation.ifPresent(id -> end(feed, id, lease,
                        attempt(feed, () -> reconcile(feedId, id, lease, source.feed()))));
            }
        }
        synced.fire(new FeedSynced(feedId, runId));
        return store.run(runId);
    }

    /** @return why the work failed; null when it succeeded */
    private static String attempt(Feed feed, Runnable work) {
        try {
            work.run();
            return null;
        } catch (RuntimeException e) {
            String failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.log(Level.WARNING, "sync of feed " + feed.getName() + " failed: " + failure, e);
            return failure;
        }
    }

    private void end(Feed feed, long runId, ListingStore.Lease lease, String failure) {
        if (store.finish(feed.getId(), runId, lease, failure)) {
            LOG.warning(() -> "feed " + feed.getName() + " stopped after " + feed.getFailureLimit()
                    + " failed syncs in a row; an administrator enables it again");
        }
    }

    /** The listings changed after the cursor, page by page, then the roster, then the photos of those that changed. */
    private void pull(Feed feed, long runId, ListingStore.Lease lease, ListingFeed source, boolean firstLoad) {
        long feedId = feed.getId();
        ListingMapping mapping = connections.mapping(feed);
        pullListings(feedId, runId, lease, source, mapping, firstLoad);
        if (firstLoad) {
            store.refreshStatistics();
        }
        for (Roster roster : Roster.values()) {
            pullRoster(feedId, runId, lease, source, roster, mapping, firstLoad);
        }
        photos.fetchChanged(feedId, runId, lease, source, connections.expandsMedia(feed), new HashSet<>(),
                photoListingsPerSync);
    }

    /**
     * The listing pages after the cursor. Three things overlap: the provider sends the next page while the pipeline
     * writes this one, and the one before it commits ({@link PagePipeline}).
     */
    private void pullListings(long feedId, long runId, ListingStore.Lease lease, ListingFeed source,
                              ListingMapping mapping, boolean firstLoad) {
        ListingPage page = source.changedSince(store.cursor(feedId));
        RepeatedPages repeats = new RepeatedPages("Property");
        try (PagePipeline pipeline = new PagePipeline(pageWriters, LEASE,
                stored -> photos.deleteObsolete(stored.obsoleteObjects()))) {
            for (int pages = 1; ; pages++) {
                repeats.check(page.records(), ListingRecord::listingKey, ListingRecord::modificationTimestamp);
                ListingPage current = page;
                CompletableFuture<ListingPage> following = current.hasMore()
                        ? CompletableFuture.supplyAsync(() -> source.next(current), executor) : null;
                Set<String> keys = current.records().stream().map(ListingRecord::storedKey)
                        .collect(Collectors.toUnmodifiableSet());
                try {
                    pipeline.store(keys, earlier -> store.storePage(feedId, runId, lease, current, mapping, earlier));
                    if (firstLoad && (pages == 1 || pages == 10 || pages == 100)) {
                        // the listing tables grow from nothing: without fresh statistics PostgreSQL keeps the plans it
                        // made for empty tables, and each page's lookup by ListingKey would read the whole table
                        pipeline.drain();
                        store.refreshStatistics();
                    }
                } catch (RuntimeException e) {
                    if (following != null) {
                        following.cancel(true);
                    }
                    throw e;
                }
                if (following == null) {
                    break;
                }
                page = next(following);
            }
        }
    }

    /**
     * The roster's records changed after its cursor, page by page, each page committed with the cursor past it. The
     * listings are what a feed is for: a feed that fails to give them (or keeps sending the same page) says so in the
     * run, which goes on; the roster resumes from its cursor at the next sync. A feed that never had such records
     * says so in its full load's run only, not in every increment's.
     */
    private void pullRoster(long feedId, long runId, ListingStore.Lease lease, ListingFeed source, Roster roster,
                            ListingMapping mapping, boolean firstLoad) {
        try {
            ReplicationCursor cursor = rosters.cursor(feedId, roster);
            Optional<RosterPage> first = source.rosterChangedSince(roster, cursor);
            if (first.isEmpty()) {
                // a feed that never had them says so once; one whose roster went away says so every time
                if (firstLoad || !cursor.isStart()) {
                    store.recordError(runId, "the feed has no " + roster.resource() + " records (no such resource, "
                            + "or no search named for it): listings show the names they carry");
                }
                return;
            }
            RepeatedPages repeats = new RepeatedPages(roster.resource());
            RosterPage page = first.get();
            while (true) {
                repeats.check(page.records(), RosterRecord::key, RosterRecord::modificationTimestamp);
                rosters.storePage(feedId, runId, lease, page, mapping);
                if (!page.hasMore()) {
                    break;
                }
                page = source.next(page);
            }
        } catch (FeedUnavailableException | RepeatedPages.NoProgressException e) {
            LOG.log(Level.WARNING, "feed " + feedId + ": " + roster.resource() + " records not read", e);
            store.recordError(runId, roster.resource() + " records not read: " + e.getMessage());
        }
    }

    /** The page read ahead, or what stopped its reading (a FeedUnavailableException, as read on this thread). */
    private static ListingPage next(CompletableFuture<ListingPage> following) {
        try {
            return following.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void reconcile(long feedId, long runId, ListingStore.Lease lease, ListingFeed source) {
        // what we hold is read first: a listing a concurrent sync stores while the feed's keys are read is then
        // never taken for one the feed has dropped
        Set<String> held = store.liveListingKeys(feedId);
        Set<String> inFeed = new HashSet<>();
        try (Stream<String> keys = source.allKeys()) {
            keys.forEach(key -> {
                inFeed.add(key);
                if (inFeed.size() % KEYS_PER_LEASE_RENEWAL == 0) {
                    store.renew(feedId, lease); // a large MLS's keys take minutes to read
                }
            });
        }
        List<String> gone = new ArrayList<>(held);
        gone.removeAll(inFeed);
        if (!gone.isEmpty() && gone.size() * 2 > held.size()) {
            // an empty or cut-off answer is far likelier a provider's fault than an MLS that lost half its listings
            throw new IllegalStateException("the feed listed " + inFeed.size() + " keys; withdrawing " + gone.size()
                    + " of our " + held.size() + " listings looks like a fault of the provider, so none was withdrawn");
        }
        Collections.sort(gone);
        for (int from = 0; from < gone.size(); from += WITHDRAW_BATCH) {
            store.withdrawGone(feedId, runId, lease, gone.subList(from, Math.min(gone.size(), from + WITHDRAW_BATCH)));
        }
    }

    /**
     * This server ({@link NodeName}). One JVM runs a node, so a lease whose owner starts with this name and that is
     * held when the server starts was left by this server's previous life ({@link #recover}).
     */
    public static String node() {
        String node = NodeName.get() + "/";
        // room for the run's UUID (36) within the owner column
        int room = Feed.MAX_LEASE_OWNER_LENGTH - 36;
        return node.length() <= room ? node : node.substring(node.length() - room);
    }

    /** Who takes the lease: this server, and this run (two runs on one server must not share a lease). */
    private static String owner() {
        return node() + UUID.randomUUID();
    }

    /**
     * On start: the syncs this server was running when it stopped (killed, crashed) end as failed, and their leases
     * are given back at once rather than when they expire, so the feeds go on without waiting.
     *
     * @return the feeds whose sync was cut off
     */
    public List<Long> recover() {
        return store.releaseLeasesOf(node());
    }

    /** Closes a feed that holds a session (RETS logs out). */
    private record Connection(ListingFeed feed) implements AutoCloseable {
        @Override
        public void close() {
            if (feed instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    LOG.log(Level.FINE, "closing the feed failed", e);
                }
            }
        }
    }
}
