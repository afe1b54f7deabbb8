package org.realtycrm.pipeline.entity;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A US street address as skip-trace vendors match on it: street line, city, two-letter state, ZIP or ZIP+4. Values are
 * stored trimmed, the state upper-cased and a nine-digit ZIP written {@code 12345-6789}.
 */
public record PostalAddress(String street, String city, String state, String zip) {

    public static final int MAX_LINE = 200;

    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");
    private static final Pattern ZIP = Pattern.compile("([0-9]{5})(?:-?([0-9]{4}))?");

    public PostalAddress {
        street = required(street, "street");
        city = required(city, "city");
        state = required(state, "state").toUpperCase(Locale.ROOT);
        if (!STATE.matcher(state).matches()) {
            throw new IllegalArgumentException("state must be a two-letter code such as TX, not: " + state);
        }
        var zipParts = ZIP.matcher(required(zip, "zip"));
        if (!zipParts.matches()) {
            throw new IllegalArgumentException("zip must be five digits or ZIP+4 (12345 or 12345-6789)");
        }
        zip = zipParts.group(2) == null ? zipParts.group(1) : zipParts.group(1) + "-" + zipParts.group(2);
    }

    private static String required(String value, String field) {
        Objects.requireNonNull(value, field);
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (stripped.length() > MAX_LINE) {
            throw new IllegalArgumentException(field + " is longer than " + MAX_LINE + " characters");
        }
        return stripped;
    }
}
