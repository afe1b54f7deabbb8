package org.realtycrm.mls.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.realtycrm.identity.entity.Role;
import org.realtycrm.mls.entity.Feed;
import org.realtycrm.mls.entity.FeedRepository;
import org.realtycrm.mls.entity.FeedSettings;
import org.realtycrm.mls.entity.SyncRun;
import org.realtycrm.mls.entity.SyncRunRepository;
import org.realtycrm.platform.problem.ConflictException;
import org.realtycrm.platform.problem.RecordNotFoundException;

/**
 * The administrators' MLS feeds: add and change them, stop and start them, sync one now, read its history. The sync
 * itself runs on the feeds' timers and, for "sync now", on a container thread ({@link FeedTimers}), never on a
 * request's thread.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class MlsFeeds {

    /** The most runs one history answer holds. */
    public static final int MAX_RUNS = 200;

    @Inject
    FeedRepository feeds;

    @Inject
    SyncRunRepository runs;

    @Inject
    FeedTimers timers;

    public List<Feed> all() {
        return feeds.all();
    }

    public Feed find(long id) {
        return feeds.find(id).orElseThrow(() -> new RecordNotFoundException("feed", id));
    }

    /** A new feed; its first sync (the full load) starts at once. */
    public Feed add(FeedSettings settings) {
        requireUniqueName(settings.name(), null);
        Feed feed = new Feed(settings);
        feeds.add(feed);
        timers.schedule(feed);
        return feed;
    }

    /** New settings for a feed; its cursor stays, so replication goes on where it stood. */
    public Feed change(long id, FeedSettings settings) {
        Feed feed = find(id);
        requireUniqueName(settings.name(), id);
        feed.reconfigure(settings);
        timers.schedule(feed);
        return feed;
    }

    /** Starts a stopped feed again (also one that stopped itself after failing). */
    public Feed enable(long id) {
        Feed feed = find(id);
        feed.enable();
        timers.schedule(feed);
        return feed;
    }

    public Feed disable(long id) {
        Feed feed = find(id);
        feed.disable();
        timers.schedule(feed);
        return feed;
    }

    /**
     * Syncs the feed now, on a thread of its own; its history shows the run.
     *
     * @param reconcile also read every key the feed has and withdraw the listings it no longer has
     * @throws ConflictException when the feed is stopped, or a sync of it is running
     */
    public void syncNow(long id, boolean reconcile) {
        Feed feed = find(id);
        if (!feed.isEnabled()) {
            throw new ConflictException("feed " + feed.getName() + " is stopped: enable it first");
        }
        if (feed.getLeaseUntil() != null && feed.getLeaseUntil().isAfter(Instant.now())) {
            throw new ConflictException("feed " + feed.getName() + " is syncing now: its history shows the run");
        }
        timers.syncNow(id, reconcile);
    }

    /**
     * Has the feed read again from its start: every listing, member and office, then a reconciliation. For when the
     * MLS corrected records without moving their ModificationTimestamp, or the feed's $select, filter, field mapping
     * or address changed. The sync starts at once, or after the one running now.
     *
     * @throws ConflictException when the feed is stopped
     */
    public Feed reload(long id) {
        Feed feed = find(id);
        if (!feed.isEnabled()) {
            throw new ConflictException("feed " + feed.getName() + " is stopped: enable it first");
        }
        feed.requestReload();
        timers.syncAfterCommit(id, false);
        return feed;
    }

    /** The feed's latest runs, newest first. */
    public List<SyncRun> runs(long id, int limit) {
        find(id);
        return runs.recent(id, Math.max(1, Math.min(limit, MAX_RUNS)));
    }

    private void requireUniqueName(String name, Long except) {
        String wanted = name.toLowerCase(Locale.ROOT);
        feeds.all().stream()
                .filter(feed -> !feed.getId().equals(except) && feed.getName().toLowerCase(Locale.ROOT).equals(wanted))
                .findAny()
                .ifPresent(feed -> {
                    throw new ConflictException("a feed named " + feed.getName() + " exists");
                });
    }
}
