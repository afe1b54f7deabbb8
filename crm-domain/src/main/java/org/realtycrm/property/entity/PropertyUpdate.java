package org.realtycrm.property.entity;

import java.util.List;
import java.util.Objects;

/**
 * A property after an update, whether the update was taken, and the history rows it produced; the caller stores
 * them together ({@link PropertyRepository#store}) in one transaction.
 */
public record PropertyUpdate(Property property, UpdateOutcome outcome, List<PriceStatusChange> history) {

    public PropertyUpdate {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(outcome, "outcome");
        history = List.copyOf(history);
    }

    public boolean applied() {
        return outcome == UpdateOutcome.APPLIED;
    }
}
