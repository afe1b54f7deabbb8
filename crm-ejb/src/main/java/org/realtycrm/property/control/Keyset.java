package org.realtycrm.property.control;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;

import org.realtycrm.platform.problem.InvalidInputException;

/**
 * Where a page ended, for the next: the last record's value of the one field the query orders by (null when it
 * orders by none, or the record had none) and its id. A next page that starts after a record, rather than
 * {@code $skip} records in, neither skips nor repeats one when records change between the pages (a listing
 * modified while a client replicates moves to the end of a ModificationTimestamp order; with an offset, the record
 * behind it would slide into the page already read and never be served).
 *
 * <p>Handed to the client as OData's opaque {@code $skiptoken}: each value as text in Base64url, joined by a dot,
 * {@code ~} for null. A client may forge one: it is parsed by the field's type and bound as parameters, like any
 * literal.
 */
record Keyset(Object orderValue, Object id) {

    private static final String NULL = "~";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** Whether a query's order allows it: by at most one field (then the id). */
    static boolean serves(ResoQuery query) {
        return query.orderBy().size() <= 1;
    }

    String token() {
        return encode(orderValue) + "." + encode(id);
    }

    static Keyset parse(String token, ResoResource resource, List<ResoQuery.Order> orderBy) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 2 || orderBy.size() > 1 || parts[1].equals(NULL)) {
            throw refused();
        }
        try {
            Object order = orderBy.isEmpty() || parts[0].equals(NULL) ? null
                    : value(decode(parts[0]), orderBy.get(0).field().type());
            Object id = resource == ResoResource.LOOKUP ? decode(parts[1]) : Long.valueOf(decode(parts[1]));
            return new Keyset(order, id);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw refused(); // NumberFormatException is an IllegalArgumentException
        }
    }

    /**
     * The condition "after this record" in the order {@code ResoReader} reads: the field ascending with nulls
     * first (or descending with nulls last), then the id in the same direction. Where the value is not null, a
     * row comparison, which PostgreSQL answers from an index on (field, id).
     */
    String condition(ResoQuery query, List<Object> parameters) {
        String id = query.resource().idSql();
        if (query.orderBy().isEmpty()) {
            parameters.add(this.id);
            return id + " > ?";
        }
        ResoQuery.Order order = query.orderBy().get(0);
        String field = order.field().sql();
        if (orderValue == null) {
            parameters.add(this.id);
            return order.descending() ? "(" + field + " is null and " + id + " < ?)"
                    : "(" + field + " is not null or " + id + " > ?)";
        }
        parameters.add(orderValue);
        parameters.add(this.id);
        return order.descending() ? "((" + field + ", " + id + ") < (?, ?) or " + field + " is null)"
                : "(" + field + ", " + id + ") > (?, ?)";
    }

    private static Object value(String text, EdmType type) {
        return switch (type) {
            case STRING -> text;
            case BOOLEAN -> Boolean.valueOf(text);
            case INT64 -> Long.valueOf(text);
            case DECIMAL -> new BigDecimal(text);
            case DATE -> LocalDate.parse(text);
            case DATE_TIME_OFFSET -> OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        };
    }

    private static String encode(Object value) {
        if (value == null) {
            return NULL;
        }
        String text = value instanceof OffsetDateTime time ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time)
                : value instanceof BigDecimal number ? number.toPlainString() : value.toString();
        return ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static InvalidInputException refused() {
        return new InvalidInputException("$skiptoken", "is not one this service gave out for this query: follow "
                + "@odata.nextLink as it is");
    }
}
