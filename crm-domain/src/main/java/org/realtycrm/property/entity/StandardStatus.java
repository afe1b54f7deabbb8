package org.realtycrm.property.entity;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A listing's status as the RESO Data Dictionary 2.0 defines it (lookup StandardStatus). The wire value is the DD
 * display string ("Active Under Contract"), which is what feeds send, what the database stores and what a RESO Web
 * API out will serve.
 */
public enum StandardStatus {
    ACTIVE("Active"),
    ACTIVE_UNDER_CONTRACT("Active Under Contract"),
    CANCELED("Canceled"),
    CLOSED("Closed"),
    COMING_SOON("Coming Soon"),
    DELETE("Delete"),
    EXPIRED("Expired"),
    HOLD("Hold"),
    INCOMPLETE("Incomplete"),
    PENDING("Pending"),
    WITHDRAWN("Withdrawn");

    /** The DD's StandardStatus MaxLength, and the column's. */
    public static final int MAX_LENGTH = 25;

    private static final Map<String, StandardStatus> BY_WIRE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(StandardStatus::wireValue, Function.identity()));

    private final String wireValue;

    StandardStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The DD string, e.g. {@code Active Under Contract}. */
    public String wireValue() {
        return wireValue;
    }

    /** The status a DD string names, exactly as the DD spells it; empty for anything else (and for null). */
    public static Optional<StandardStatus> fromWire(String value) {
        return Optional.ofNullable(value == null ? null : BY_WIRE.get(value));
    }
}
