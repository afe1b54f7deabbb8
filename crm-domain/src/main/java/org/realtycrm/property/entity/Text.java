package org.realtycrm.property.entity;

import java.util.Objects;

import org.realtycrm.platform.problem.InvalidInputException;

/** Text rules shared by the listing records: trimmed, blank is absent, and cut to the column's DD length. */
public final class Text {

    private Text() {
    }

    /**
     * Trimmed text, null when blank, cut to {@code maxLength}: feeds do exceed the DD's suggested lengths, and a
     * listing must not be lost for a long street name (the payload keeps the feed's whole value).
     */
    public static String clip(String value, int maxLength) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        if (text.isEmpty()) {
            return null;
        }
        return text.length() > maxLength ? text.substring(0, maxLength) : text;
    }

    /** A key (ListingKey, MemberKey, MediaKey): required, never cut, since a cut key would name another record. */
    public static String key(String field, String value, int maxLength) {
        Objects.requireNonNull(field, "field");
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(field, "is required");
        }
        if (text.length() > maxLength) {
            throw new InvalidInputException(field, "is longer than " + maxLength + " characters");
        }
        return text;
    }
}
