package org.realtycrm.pipeline.rest;

import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.realtycrm.pipeline.entity.Scrub;

/** A scrub's report: what counsel reads (counts per reason, and the date and load of every list used). */
@Schema(name = "Scrub")
public record ScrubJson(long id, String name, Long requestedBy, Instant createdAt, long rowsRead, long callable,
        long suppressed, long rejected,
        @Schema(description = "reason → how many numbers it took out (a number can have several reasons)")
        Map<String, Long> reasons,
        @Schema(description = "every list consulted and its version; federal per area code of the list")
        Map<String, String> lists) {

    static ScrubJson of(Scrub scrub) {
        return new ScrubJson(scrub.getId(), scrub.getName(), scrub.getRequestedBy(), scrub.getCreatedAt(),
                scrub.getRowsRead(), scrub.getCallable(), scrub.getSuppressed(), scrub.getRejected(),
                scrub.getReasonCounts(), scrub.getListsUsed());
    }
}
