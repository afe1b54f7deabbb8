package org.realtycrm.mls.entity;

import java.util.List;

public interface SyncRunRepository {

    void add(SyncRun run);

    /** A feed's latest runs, newest first. */
    List<SyncRun> recent(long feedId, int limit);
}
