package org.realtycrm.mls.entity;

import java.time.Instant;
import java.util.function.BooleanSupplier;

/** When a roster record (Member, Office) from the feed replaces the one held: the one rule both follow. */
final class RosterVersions {

    private RosterVersions() {
    }

    /**
     * A newer version replaces the held one, an older one never does. The same version replaces it only with other
     * values: versions are kept to the microsecond, and a provider's two versions within one microsecond are the
     * same version here.
     */
    static boolean replaces(Instant incoming, Instant held, BooleanSupplier sameValues) {
        int order = incoming.compareTo(held);
        return order > 0 || order == 0 && !sameValues.getAsBoolean();
    }
}
