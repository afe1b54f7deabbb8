package org.realtycrm.property.entity;

import java.util.List;
import java.util.Objects;

/**
 * A property after an update, whether the update was taken, and the history rows it produced, which the caller
 * appends ({@link PropertyRepository#appendHistory}) in the same transaction.
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
