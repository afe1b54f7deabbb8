package org.realtycrm.campaign.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where one step's send to one lead is. {@link #QUEUED} is on its way to the sender; {@link #HELD} (the gate said
 * "not now") and {@link #RETRYING} (the provider failed, retryably) go again at their time; {@link #SENT} went to the
 * provider or, with the outbox as the provider, was recorded; {@link #REFUSED} the gate refused for good (or the
 * campaign drops what it would hold); {@link #FAILED} the provider refused too often, or for good: the dead letters,
 * which an admin may replay; {@link #SKIPPED} had nobody to go to; {@link #AWAITING_BATCH} is a letter waiting for
 * its step's next mail batch, {@link #MAILED} one in a batch.
 */
public enum SendStatus {
    QUEUED,
    HELD,
    RETRYING,
    SENT,
    REFUSED,
    FAILED,
    SKIPPED,
    AWAITING_BATCH,
    MAILED;

    /** Settled: nothing more happens to it (a FAILED send only by an admin's replay). */
    public static final Set<SendStatus> SETTLED = EnumSet.of(SENT, REFUSED, FAILED, SKIPPED, MAILED);

    public boolean isSettled() {
        return SETTLED.contains(this);
    }
}
