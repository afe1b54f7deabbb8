package org.realtycrm.mls.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.realtycrm.mls.entity.Feed;
import org.realtycrm.mls.entity.FeedRepository;
import org.realtycrm.mls.entity.SyncKind;
import org.realtycrm.mls.entity.SyncRun;
import org.realtycrm.mls.entity.SyncRunRepository;
import org.realtycrm.mls.entity.SyncStatus;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.property.entity.MlsListing;
import org.realtycrm.property.entity.Property;
import org.realtycrm.property.entity.PropertyMedia;
import org.realtycrm.property.entity.PropertyMediaRepository;
import org.realtycrm.property.entity.PropertyRepository;
import org.realtycrm.property.entity.PropertyUpdate;

/**
 * The sync's writes, each in its own transaction, each under the feed's lease: a page of listings is stored together
 * with the cursor that moves past it and the run's counts, so a crash leaves the feed at a page boundary it has
 * fully applied, and the next run starts right after it (no gap, no double). Every write renews the lease before it
 * commits (most first; a page last, after its listings, see {@link #storePage(long, long, Lease, ListingPage,
 * ListingMapping, EarlierPages)}) and holds the feed's row lock until then; a node that lost the lease (it stalled
 * past it, and another node took the feed) commits nothing ({@link LeaseLostException}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ListingStore {

    @Inject
    FeedRepository feeds;

    @Inject
    FeedLeases leases;

    @Inject
    SyncRunRepository runs;

    @Inject
    PropertyRepository properties;

    @Inject
    PropertyMediaRepository media;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /**
     * Takes the feed's lease and starts a run.
     *
     * @return the run's id; empty when another node works the feed or the feed is disabled
     */
    public Optional<Long> begin(long feedId, SyncKind kind, Lease lease) {
        if (feeds.tryLease(feedId, lease.owner(), lease.ttl()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(startRun(feedId, kind));
    }

    /**
     * Takes the feed's lease and starts a sync of its changes: the full load until one has finished (a full load cut
     * off by a crash goes on from its cursor, and is still the full load), or when an administrator asked for a
     * reload, which this takes under the lease (a sync running when it was asked cannot write its cursor over it).
     *
     * @return the run; empty when another node works the feed or the feed is disabled
     */
    public Optional<StartedSync> beginSync(long feedId, Lease lease) {
        if (feeds.tryLease(feedId, lease.owner(), lease.ttl()).isEmpty()) {
            return Optional.empty();
        }
        boolean reload = existing(feedId).startOverIfRequested();
        SyncKind kind = reload || !fullLoadDone(feedId) ? SyncKind.FULL : SyncKind.INCREMENTAL;
        return Optional.of(new StartedSync(startRun(feedId, kind), kind, reload));
    }

    private long startRun(long feedId, SyncKind kind) {
        // whoever holds the lease runs the feed's only live sync: a run still marked running was cut off (its node
        // died after its lease had expired, or it lost the lease) and has ended
        runs.running(feedId).forEach(orphan -> orphan.fail(Instant.now(), "ended without finishing (its server "
                + "stopped or lost the feed's lease)"));
        SyncRun run = new SyncRun(feedId, kind, Instant.now());
        runs.add(run);
        return run.getId();
    }

    /** The feed as it is now; detached, with its options. */
    public Optional<Feed> feed(long feedId) {
        return feeds.find(feedId);
    }

    public Optional<SyncRun> run(long runId) {
        return runs.find(runId);
    }

    /** Whether the feed's first full load has finished. */
    public boolean fullLoadDone(long feedId) {
        return runs.latest(feedId, SyncKind.FULL).filter(run -> run.getStatus() == SyncStatus.SUCCEEDED).isPresent();
    }

    /** Whether the feed's last reconciliation is older than {@code every} (or there was none). */
    public boolean reconciliationDue(long feedId, Duration every) {
        return runs.latest(feedId, SyncKind.RECONCILE)
                .map(last -> last.getStartedAt().isBefore(Instant.now().minus(every)))
                .orElse(true);
    }

    /** Where the feed's replication stands: the start when nothing was committed yet. */
    public ReplicationCursor cursor(long feedId) {
        return ReplicationCursor.resumeAt(existing(feedId).cursor());
    }

    /**
     * Stores one page: each listing created, updated or withdrawn (with its price and status history), the feed's
     * cursor moved to the page's, and the page counted in the run. A record the mapping refuses is reported in the
     * run and left out; the rest of the page is stored.
     * <p>
     * The page before it may still be committing on another connection. The listings are
     * written first; then the page waits for the earlier pages to commit, and only then renews the lease, moves the
     * cursor and counts the page, under the feed's row lock, which it holds until it commits. So pages commit in
     * order, the cursor never passes a page that is not committed, and a page whose predecessor failed rolls back.
     * The caller keeps pages that share a listing apart ({@link PagePipeline}): this page reads its listings before
     * the earlier page has committed.
     */
    public PageCounts storePage(long feedId, long runId, Lease lease, ListingPage page, ListingMapping mapping,
                                EarlierPages earlier) {
        leases.ensureHeld(feedId, lease);
        // the search's change counter moves after the wait below: a page waiting for the one before it holds no slot
        // of the counter that page might need (V20)
        properties.deferChangeCount();
        List<String> refused = new ArrayList<>();
        List<String> keys = page.records().stream().map(ListingRecord::storedKey).distinct().toList();
        Map<String, Property> known = new HashMap<>(properties.findByListingKeys(feedId, keys));
        int created = 0;
        int updated = 0;
        int deleted = 0;
        List<String> obsoleteObjects = new ArrayList<>();
        Map<Property, List<MediaRecord>> mediaSent = new LinkedHashMap<>();
        Set<Property> createdHere = new HashSet<>();
        for (ListingRecord record : page.records()) {
            Property current = known.get(record.storedKey());
            if (record.deletion()) {
                if (current != null && properties.storeIfApplied(current.withdrawnByFeed(record.modificationTimestamp()))) {
                    deleted++;
                }
                continue;
            }
            MlsListing listing;
            try {
                listing = mapping.listing(record);
            } catch (InvalidInputException e) {
                refused.add("listing " + record.listingKey() + " left out: " + e.errors().stream()
                        .map(ListingStore::describe).collect(Collectors.joining("; ")));
                continue;
            }
            Property stored;
            if (current == null) {
                PropertyUpdate first = Property.listedOnMls(feedId, listing);
                properties.store(first);
                stored = first.property();
                known.put(record.storedKey(), stored);
                createdHere.add(stored);
                created++;
            } else if (properties.storeIfApplied(current.applyMlsUpdate(listing))) {
                stored = current;
                updated++;
            } else {
                continue;
            }
            if (!record.media().isEmpty() && stored.isPhotosChanged()) {
                // Media sent with the listing ($expand): described with its page; the photo pass fetches the files
                mediaSent.put(stored, record.media());
            }
        }
        describeAll(mediaSent, createdHere, obsoleteObjects);
        // the listings are written while the earlier page commits; then they leave the persistence context, or
        // Hibernate would check a thousand listings for changes again before the lease query and at the commit
        em.flush();
        em.clear();
        earlier.awaitCommitted();
        if (created + updated + deleted > 0) {
            properties.countChangesNow();
        }
        Feed feed = leased(feedId, lease);
        SyncRun run = existingRun(runId);
        refused.forEach(run::recordError);
        page.cursor().toStore().filter(next -> feed.cursor().map(next::isAfter).orElse(true))
                .ifPresent(feed::advanceCursor);
        run.recordPage(created, updated, deleted);
        return new PageCounts(created, updated, deleted, obsoleteObjects);
    }

    /**
     * Withdraws the feed's listings among {@code keys} that are not withdrawn yet: reconciliation found them gone.
     *
     * @return how many it withdrew
     */
    public int withdrawGone(long feedId, long runId, Lease lease, List<String> keys) {
        leased(feedId, lease);
        int withdrawn = 0;
        for (Property property : properties.findByListingKeys(feedId, keys).values()) {
            if (properties.storeIfApplied(property.withdrawnByFeed(null))) {
                withdrawn++;
            }
        }
        existingRun(runId).recordPage(0, 0, withdrawn);
        return withdrawn;
    }

    /**
     * During a first load: PostgreSQL's statistics of the listing tables, which grow from nothing to a whole MLS in
     * minutes, are refreshed at once rather than whenever autovacuum comes round (if it runs at all), so that the
     * plans of the next pages, syncs and searches use the indexes.
     */
    public void refreshStatistics() {
        em.createNativeQuery("analyze properties, property_history, property_media").executeUpdate();
    }

    /** A problem that did not stop the run, for its history. */
    public void recordError(long runId, String error) {
        existingRun(runId).recordError(error);
    }

    /**
     * Ends the run and gives the lease back. A failure counts towards the feed's failure limit and may stop it.
     *
     * @param failure null when the run succeeded
     * @return whether this failure stopped the feed
     */
    public boolean finish(long feedId, long runId, Lease lease, String failure) {
        Feed feed = existing(feedId);
        SyncRun run = existingRun(runId);
        boolean stopped = false;
        if (failure == null) {
            run.succeed(Instant.now());
            feed.recordSuccess();
        } else {
            run.fail(Instant.now(), failure);
            stopped = feed.recordFailure(failure);
        }
        feed.releaseLease(lease.owner());
        return stopped;
    }

    /** Extends the lease during long work that writes nothing (reading every key of a feed). */
    public void renew(long feedId, Lease lease) {
        leased(feedId, lease);
    }

    /** Up to {@code limit} listings of the feed whose photos must be fetched again. */
    public List<Long> withPhotosToFetch(long feedId, int limit) {
        return properties.withPhotosToFetch(feedId, limit);
    }

    /**
     * What the photo pass needs of a listing whose photos changed; empty when it no longer needs it. Taking it moves
     * the listing to the back of the photo queue, so one that fails comes again after the others.
     */
    public Optional<PhotoWork> photoWork(long feedId, long propertyId, Lease lease) {
        leased(feedId, lease);
        return properties.find(propertyId).filter(Property::isPhotosChanged)
                .map(p -> {
                    p.photosTried(Instant.now());
                    return new PhotoWork(p.getId(), p.getListingKey(), p.getPhotosChangeTimestamp());
                });
    }

    /**
     * Takes the listing's Media records as the feed describes them now: new ones are added, changed ones lose their
     * stored copy, ones the feed dropped are removed.
     *
     * @return the media still to fetch, and the stored objects of the removed ones (to delete once this commits)
     */
    public MediaChanges describeMedia(long feedId, long propertyId, Lease lease, List<MediaRecord> described) {
        leased(feedId, lease);
        List<String> obsoleteObjects = new ArrayList<>();
        describe(propertyId, described, obsoleteObjects);
        return new MediaChanges(toFetch(propertyId), obsoleteObjects);
    }

    /** The media of the listing still to fetch, as its feed last described them (with its page). */
    public MediaChanges mediaToFetch(long feedId, long propertyId, Lease lease) {
        leased(feedId, lease);
        return new MediaChanges(toFetch(propertyId), List.of());
    }

    private List<MediaToFetch> toFetch(long propertyId) {
        return media.forProperty(propertyId).stream().filter(PropertyMedia::needsFetch)
                .map(m -> new MediaToFetch(m.getId(), m.getMediaKey(), m.getUrl(), m.getMediaModificationTimestamp()))
                .toList();
    }

    /**
     * Describes the media of a page's listings with one read of those already stored: a read per listing would make
     * Hibernate flush the page's pending inserts before each, one small batch at a time. The media of listings new
     * in this page (all of them in a first load: ten for each listing) go in with one statement.
     */
    private void describeAll(Map<Property, List<MediaRecord>> sent, Set<Property> createdHere,
                             List<String> obsoleteObjects) {
        if (sent.isEmpty()) {
            return;
        }
        List<PropertyMedia> firstMedia = new ArrayList<>();
        Map<Property, List<MediaRecord>> described = new LinkedHashMap<>();
        sent.forEach((property, records) -> {
            if (createdHere.contains(property)) {
                firstMedia.addAll(newMedia(property.getId(), records, Set.of()));
            } else {
                described.put(property, records);
            }
        });
        if (!described.isEmpty()) {
            Map<Long, List<PropertyMedia>> stored = media.forProperties(
                    described.keySet().stream().map(Property::getId).toList());
            described.forEach((property, records) -> describe(property.getId(),
                    stored.getOrDefault(property.getId(), List.of()), records, obsoleteObjects));
        }
        media.addAllAtOnce(firstMedia);
    }

    /**
     * The feed's Media records not stored yet, as media to fetch: in the feed's Order where it gives one, else in the
     * order sent. A MediaKey the feed repeats is taken once (the first), as the key is unique per listing.
     */
    private static List<PropertyMedia> newMedia(long propertyId, List<MediaRecord> described,
                                                Set<String> storedKeys) {
        List<PropertyMedia> added = new ArrayList<>();
        Set<String> seen = new HashSet<>(storedKeys);
        int position = 0;
        for (MediaRecord record : described) {
            int order = record.order().orElse(position);
            position++;
            if (seen.add(record.mediaKey())) {
                added.add(new PropertyMedia(propertyId, record.mediaKey(), order, mediaUrl(record),
                        record.mediaCategory().orElse(null), record.mediaModificationTimestamp().orElse(null)));
            }
        }
        return added;
    }

    private static String mediaUrl(MediaRecord record) {
        return record.mediaUrl() != null ? record.mediaUrl() : "rets-object:" + record.mediaKey();
    }

    private void describe(long propertyId, List<MediaRecord> described, List<String> obsoleteObjects) {
        describe(propertyId, media.forProperty(propertyId), described, obsoleteObjects);
    }

    private void describe(long propertyId, List<PropertyMedia> already, List<MediaRecord> described,
                          List<String> obsoleteObjects) {
        Map<String, PropertyMedia> stored = already.stream()
                .collect(Collectors.toMap(PropertyMedia::getMediaKey, m -> m));
        newMedia(propertyId, described, stored.keySet()).forEach(media::add);
        int position = 0;
        for (MediaRecord record : described) {
            int order = record.order().orElse(position);
            position++;
            String url = mediaUrl(record);
            PropertyMedia known = stored.remove(record.mediaKey());
            if (known != null) {
                String oldObject = known.getStoredKey();
                String oldThumbnail = known.getThumbnailKey();
                boolean changed = known.updateFromFeed(order, url, record.mediaCategory().orElse(null),
                        record.mediaModificationTimestamp().orElse(null));
                if (!changed && record.mediaModificationTimestamp().isEmpty()) {
                    // the listing's photos changed (why they are described again) and nothing tells which did
                    known.refetch();
                    changed = true;
                }
                if (changed) {
                    addObjects(obsoleteObjects, oldObject, oldThumbnail);
                }
            }
        }
        for (PropertyMedia gone : stored.values()) {
            addObjects(obsoleteObjects, gone.getStoredKey(), gone.getThumbnailKey());
            media.remove(gone);
        }
    }

    /** Our copy of one medium is stored. */
    public void mediumStored(long propertyId, String mediaKey, String objectKey, String thumbnailKey,
                             String contentType, long size) {
        media.find(propertyId, mediaKey).ifPresent(m -> m.stored(objectKey, thumbnailKey, contentType, size));
    }

    /** Every medium of the listing is stored as of {@code photosChangeTimestamp}. */
    public void photosFetched(long propertyId, Instant photosChangeTimestamp) {
        properties.find(propertyId).ifPresent(p -> p.photosFetched(photosChangeTimestamp));
    }

    /** The listings of the feed that are not withdrawn. */
    public Set<String> liveListingKeys(long feedId) {
        return Set.copyOf(properties.liveListingKeys(feedId));
    }

    /**
     * Ends the running syncs of the feeds whose lease a node of this name holds, and releases those leases.
     *
     * @return those feeds
     */
    public List<Long> releaseLeasesOf(String node) {
        List<Long> released = new ArrayList<>();
        for (Feed feed : feeds.all()) {
            String owner = feed.getLeaseOwner();
            if (owner != null && owner.startsWith(node)) {
                runs.running(feed.getId()).forEach(run -> run.fail(Instant.now(), "the server stopped during this run"));
                feed.releaseLease(owner);
                released.add(feed.getId());
            }
        }
        return released;
    }

    private Feed leased(long feedId, Lease lease) {
        return leases.renewed(feedId, lease);
    }

    private Feed existing(long feedId) {
        return leases.existing(feedId);
    }

    private SyncRun existingRun(long runId) {
        return runs.find(runId).orElseThrow(() -> new IllegalStateException("sync run " + runId + " is gone"));
    }

    private static void addObjects(List<String> into, String... keys) {
        for (String key : keys) {
            if (key != null) {
                into.add(key);
            }
        }
    }

    /** A refused field as a run's error line shows it. */
    static String describe(FieldError error) {
        return error.field() + " " + error.message();
    }

    /** The pages before the one being stored, which must have committed before it may. */
    @FunctionalInterface
    public interface EarlierPages {

        /**
         * Returns once the earlier pages have committed.
         *
         * @throws RuntimeException when one of them did not, so that this page rolls back too
         */
        void awaitCommitted();
    }

    /** Who holds a feed's lease, and for how long each write extends it. */
    public record Lease(String owner, Duration ttl) {
    }

    /** A sync that has its lease: its run, its kind, and whether it reads the feed again from the start. */
    public record StartedSync(long runId, SyncKind kind, boolean reload) {
    }

    /** @param obsoleteObjects stored photos of media the page replaced or dropped, to delete once it commits */
    public record PageCounts(int created, int updated, int deleted, List<String> obsoleteObjects) {
    }

    public record PhotoWork(long propertyId, String listingKey, Instant photosChangeTimestamp) {
    }

    public record MediaToFetch(long mediaId, String mediaKey, String url, Instant mediaModificationTimestamp) {
    }

    public record MediaChanges(List<MediaToFetch> toFetch, List<String> obsoleteObjects) {
    }
}
