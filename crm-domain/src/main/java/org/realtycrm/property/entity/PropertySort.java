package org.realtycrm.property.entity;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.realtycrm.platform.problem.InvalidInputException;

/**
 * A sort order for the listing search, written {@code field} or {@code -field} (descending), the fields named as
 * the RESO Data Dictionary names them. Listings without a value come last either way; ties are broken by id so that
 * paging is stable.
 */
public record PropertySort(Field field, boolean descending) {

    /** Newest first: the listings that changed last. */
    public static final PropertySort DEFAULT = new PropertySort(Field.modificationTimestamp, true);

    public enum Field {
        listPrice, modificationTimestamp, bedroomsTotal
    }

    public static PropertySort parse(String expression) {
        if (expression == null || expression.isBlank()) {
            return DEFAULT;
        }
        String trimmed = expression.strip();
        boolean descending = trimmed.startsWith("-");
        String name = descending || trimmed.startsWith("+") ? trimmed.substring(1) : trimmed;
        for (Field field : Field.values()) {
            if (field.name().equals(name)) {
                return new PropertySort(field, descending);
            }
        }
        throw new InvalidInputException("sort", "must be one of " + Arrays.stream(Field.values()).map(Enum::name)
                .collect(Collectors.joining(", ")) + ", optionally prefixed with - for descending");
    }
}
