package org.realtycrm.lead.batch;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.realtycrm.lead.entity.LeadStatus;
import org.realtycrm.lead.entity.Temperature;

/**
 * What has happened to one synthetic lead by the moment the demo data is made: when it arrived, each status change
 * since (the first one out of NEW is its first contact), how warm it is now, and its next follow-up, if any, which was
 * scheduled together with its last change.
 */
record DemoHistory(Instant createdAt, List<Step> steps, Temperature temperature, Instant nextFollowUpAt) {

    /** One status change and when it happened. */
    record Step(LeadStatus status, Instant at) {

        Step {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(at, "at");
        }
    }

    DemoHistory {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(temperature, "temperature");
        steps = List.copyOf(steps);
    }

    /** Where the lead stands now. */
    LeadStatus status() {
        return steps.isEmpty() ? LeadStatus.NEW : steps.get(steps.size() - 1).status();
    }

    /** When the lead first left NEW; {@code null} while it is NEW. */
    Instant firstContactedAt() {
        return steps.isEmpty() ? null : steps.get(0).at();
    }

    /** Its last change: the last status change, or its arrival. */
    Instant lastChangedAt() {
        return steps.isEmpty() ? createdAt : steps.get(steps.size() - 1).at();
    }
}
