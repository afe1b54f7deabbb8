package org.realtycrm.lead.entity;

import java.io.Serializable;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.realtycrm.platform.problem.InvalidInputException;

/**
 * A sort order for the leads list, written {@code field} or {@code -field} (descending). Ties are broken by id so
 * that paging is stable.
 */
public record LeadSort(Field field, boolean descending) implements Serializable {

    public static final LeadSort DEFAULT = new LeadSort(Field.createdAt, true);

    /** The sortable fields, named as in the API. */
    public enum Field {
        createdAt, updatedAt, firstName, lastName, status, temperature, nextFollowUpAt
    }

    public static LeadSort parse(String expression) {
        if (expression == null || expression.isBlank()) {
            return DEFAULT;
        }
        String trimmed = expression.strip();
        boolean descending = trimmed.startsWith("-");
        String name = descending || trimmed.startsWith("+") ? trimmed.substring(1) : trimmed;
        return Arrays.stream(Field.values())
                .filter(f -> f.name().equals(name))
                .findFirst()
                .map(f -> new LeadSort(f, descending))
                .orElseThrow(() -> new InvalidInputException("sort", "must be one of "
                        + Arrays.stream(Field.values()).map(Enum::name).collect(Collectors.joining(", "))
                        + ", optionally prefixed with - for descending"));
    }
}
