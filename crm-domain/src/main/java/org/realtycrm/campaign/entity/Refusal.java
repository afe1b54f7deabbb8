package org.realtycrm.campaign.entity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One reason the compliance gate gave for refusing a text or call: which rule, in words with the list version or
 * local time behind it, and for a refusal that passes with time (the calling hours) the moment it may go, with the
 * recipient's zone to read it in.
 */
public record Refusal(RefusalReason reason, String detail, Instant retryAt, ZoneId zone) {

    public Refusal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    /** A refusal without a zone: a list's, or one whose moment is read on the brokerage's clock. */
    public Refusal(RefusalReason reason, String detail, Instant retryAt) {
        this(reason, detail, retryAt, null);
    }

    /** Whether waiting alone lifts it (the calling hours): the campaign may hold the message until then. */
    public boolean passesWithTime() {
        return retryAt != null;
    }
}
