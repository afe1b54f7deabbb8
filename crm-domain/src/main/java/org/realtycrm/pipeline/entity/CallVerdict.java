package org.realtycrm.pipeline.entity;

import java.util.List;

/** Whether a number (E.164) may be called or texted: callable when no list objects. */
public record CallVerdict(String phone, List<SuppressionHit> hits) {

    public CallVerdict {
        hits = List.copyOf(hits);
    }

    public boolean callable() {
        return hits.isEmpty();
    }
}
