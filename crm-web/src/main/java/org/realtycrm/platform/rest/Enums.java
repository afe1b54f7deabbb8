package org.realtycrm.platform.rest;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.realtycrm.platform.problem.InvalidInputException;

/** Reads enum values sent as text, so that an unknown value is a field error rather than a parse failure. */
public final class Enums {

    private Enums() {
    }

    /**
     * @return the constant, or {@code null} when no value was sent. A value that was sent must name a constant:
     *         {@code ""} is not "the default", it is a mistake the caller should hear about
     */
    public static <E extends Enum<E>> E parse(String field, Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "must be one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
    }

    /** A query filter's value: empty ({@code ?role=}) filters nothing, as in a search form left empty. */
    public static <E extends Enum<E>> E parseFilter(String field, Class<E> type, String value) {
        return value == null || value.isBlank() ? null : parse(field, type, value);
    }

    public static <E extends Enum<E>> Set<E> parseAll(String field, Class<E> type, Collection<String> values) {
        Set<E> parsed = EnumSet.noneOf(type);
        for (String value : values == null ? List.<String>of() : values) {
            // "status=NEW,CONTACTED" and "status=NEW&status=CONTACTED" both work
            // as in parseFilter, an empty value ("status=") filters nothing
            for (String part : value.split(",")) {
                E constant = parseFilter(field, type, part);
                if (constant != null) {
                    parsed.add(constant);
                }
            }
        }
        return parsed;
    }
}
