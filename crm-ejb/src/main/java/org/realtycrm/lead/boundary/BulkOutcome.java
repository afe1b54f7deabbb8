package org.realtycrm.lead.boundary;

import java.util.ArrayList;
import java.util.List;

/**
 * What a list action did to each selected lead: changed, already as asked (unchanged), or refused with the
 * reason, so that the screen can tell the user exactly which leads were left alone and why.
 */
public record BulkOutcome(List<Long> changed, List<Long> unchanged, List<Refusal> refused) {

    /** At most this many leads per action: a page of the list at its largest, with room to spare. */
    public static final int MAX_LEADS = 500;

    /** A lead the action left as it was, and why. */
    public record Refusal(long leadId, String reason) {
    }

    public BulkOutcome {
        changed = List.copyOf(changed);
        unchanged = List.copyOf(unchanged);
        refused = List.copyOf(refused);
    }

    static final class Builder {
        private final List<Long> changed = new ArrayList<>();
        private final List<Long> unchanged = new ArrayList<>();
        private final List<Refusal> refused = new ArrayList<>();

        void add(long leadId, boolean wasChanged) {
            (wasChanged ? changed : unchanged).add(leadId);
        }

        void refuse(long leadId, String reason) {
            refused.add(new Refusal(leadId, reason));
        }

        BulkOutcome build() {
            return new BulkOutcome(changed, unchanged, refused);
        }
    }
}
