package org.realtycrm.mls.entity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface SyncRunRepository {

    void add(SyncRun run);

    Optional<SyncRun> find(long id);

    /** When the feed's last successful run ended. */
    Optional<Instant> lastSucceeded(long feedId);

    /** When each feed's last successful run ended, by feed id, in one read; feeds without one are absent. */
    Map<Long, Instant> lastSucceededByFeed();

    /** The feed's runs that have not finished. */
    List<SyncRun> running(long feedId);

    /** The feed's latest run of this kind, running or finished. */
    Optional<SyncRun> latest(long feedId, SyncKind kind);

    /** A feed's latest runs, newest first. */
    List<SyncRun> recent(long feedId, int limit);
}
