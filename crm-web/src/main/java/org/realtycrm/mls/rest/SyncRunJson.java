package org.realtycrm.mls.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.realtycrm.mls.entity.SyncRun;

/** One sync of a feed: when, how much, and what went wrong. */
@Schema(name = "SyncRun")
public record SyncRunJson(long id, long feedId, String kind, String status, Instant startedAt, Instant finishedAt,
        @Schema(description = "Pages of listings stored") int pages, int created, int updated, int deleted,
        @Schema(description = "Member (agent) records stored, new or changed") int members,
        @Schema(description = "Office records stored, new or changed") int offices, String errors) {

    static SyncRunJson of(SyncRun run) {
        return new SyncRunJson(run.getId(), run.getFeedId(), run.getKind().name(), run.getStatus().name(),
                run.getStartedAt(), run.getFinishedAt(), run.getPages(), run.getCreated(), run.getUpdated(),
                run.getDeleted(), run.getMembers(), run.getOffices(), run.getErrors());
    }
}
