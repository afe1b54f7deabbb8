package org.realtycrm.pipeline.entity;

import java.util.Locale;
import java.util.regex.Pattern;

import org.realtycrm.platform.problem.InvalidInputException;

/**
 * Names a Do-Not-Call list loaded from files: {@code federal} (the National Registry, per area code), {@code
 * litigator} (known serial TCPA plaintiffs), or {@code state:XX} (a state's own list, XX its postal code).
 */
public record DncListKey(String value) {

    public static final DncListKey FEDERAL = new DncListKey("federal");
    public static final DncListKey LITIGATOR = new DncListKey("litigator");

    private static final Pattern STATE = Pattern.compile("state:[A-Z]{2}");

    public DncListKey {
        if (!"federal".equals(value) && !"litigator".equals(value) && (value == null
                || !STATE.matcher(value).matches())) {
            throw new InvalidInputException("list", "is federal, litigator or state:XX (a state's two letters)");
        }
    }

    /** Reads what a user typed: any case, {@code state:tx} and {@code state-TX} alike. */
    public static DncListKey parse(String raw) {
        if (raw == null) {
            throw new InvalidInputException("list", "must not be blank");
        }
        String value = raw.strip().toLowerCase(Locale.ROOT);
        if (value.startsWith("state:") || value.startsWith("state-")) {
            value = "state:" + value.substring(6).toUpperCase(Locale.ROOT);
        }
        return new DncListKey(value);
    }

    public boolean isFederal() {
        return equals(FEDERAL);
    }

    /** Why a number on this list is suppressed. */
    public SuppressionReason reason() {
        if (isFederal()) {
            return SuppressionReason.FEDERAL_DNC;
        }
        return equals(LITIGATOR) ? SuppressionReason.LITIGATOR : SuppressionReason.STATE_DNC;
    }

    @Override
    public String toString() {
        return value;
    }
}
