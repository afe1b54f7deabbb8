package org.realtycrm.mls.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.realtycrm.mls.entity.SyncRun;

/** One sync of a feed: when, how much, and what went wrong. */
@Schema(name = "SyncRun")
public record SyncRunJson(long id, long feedId, String kind, String status, Instant startedAt, Instant finishedAt,
        int pages, int created, int updated, int deleted, String errors) {

    static SyncRunJson of(SyncRun run) {
        return new SyncRunJson(run.getId(), run.getFeedId(), run.getKind().name(), run.getStatus().name(),
                run.getStartedAt(), run.getFinishedAt(), run.getPages(), run.getCreated(), run.getUpdated(),
                run.getDeleted(), run.getErrors());
    }
}
