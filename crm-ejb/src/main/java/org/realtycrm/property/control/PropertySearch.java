package org.realtycrm.property.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.realtycrm.platform.persistence.Contains;
import org.realtycrm.property.entity.BoundingBox;
import org.realtycrm.property.entity.PropertyQuery;
import org.realtycrm.property.entity.PropertySort;
import org.realtycrm.property.entity.PropertyVisibility;
import org.realtycrm.property.entity.StandardStatus;

/**
 * The listing search as SQL over {@code properties} (alias {@code p}), written so that PostgreSQL can answer each
 * filter from the indexes of V9, V10 and V13: the trigram index on {@code search_text} (contains, any case) or the one
 * on {@code remarks_tsv} (full text), latitude and longitude ranges for the map box, {@code lower(city)}, postal code,
 * status and price, bedrooms; and each offered sort from an index in exactly its order (newest first, price either
 * way), so a page is read in order and the scan stops. Native SQL because JPQL has no trigram or full-text operators.
 * Every value is a bound parameter; only fixed fragments are concatenated. A filter on a further column must be
 * added to the columns of trigger {@code properties_changed} (V13) too, or a remembered total would miss its changes.
 */
final class PropertySearch {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final String orderBy;

    private PropertySearch(PropertyQuery query, PropertyVisibility visibility) {
        where("p.standard_status is distinct from '" + StandardStatus.DELETE.wireValue() + "'");
        if (visibility.isRestricted()) {
            where("(p.source = 'MLS' or p.created_by_id = :viewer)", "viewer", visibility.onlyOffMlsOf());
        }
        if (!query.statuses().isEmpty()) {
            where("p.standard_status in (:statuses)", "statuses",
                    query.statuses().stream().map(StandardStatus::wireValue).sorted().toList());
        }
        if (query.minPrice() != null) {
            where("p.list_price >= :minPrice", "minPrice", query.minPrice());
        }
        if (query.maxPrice() != null) {
            where("p.list_price <= :maxPrice", "maxPrice", query.maxPrice());
        }
        if (query.minBeds() != null) {
            where("p.bedrooms_total >= :minBeds", "minBeds", query.minBeds());
        }
        if (query.minBaths() != null) {
            where("p.bathrooms_total_integer >= :minBaths", "minBaths", query.minBaths());
        }
        if (query.city() != null) {
            where("lower(p.city) = :city", "city", query.city().toLowerCase(Locale.ROOT));
        }
        if (query.postalCode() != null) {
            where("p.postal_code = :postalCode", "postalCode", query.postalCode());
        }
        if (query.propertyType() != null) {
            where("lower(p.property_type) = :propertyType", "propertyType",
                    query.propertyType().toLowerCase(Locale.ROOT));
        }
        if (query.source() != null) {
            where("p.source = :source", "source", query.source().name());
        }
        if (query.text() != null) {
            // search_text is lower-cased by its generated column; either index may answer (a BitmapOr)
            where("(p.search_text like :pattern escape '" + Contains.ESCAPE + "' "
                    + "or p.remarks_tsv @@ plainto_tsquery('english', :text))");
            parameters.put("pattern", Contains.pattern(query.text()));
            parameters.put("text", query.text());
        }
        if (query.box() != null) {
            box(query.box());
        }
        orderBy = orderBy(query.sort());
    }

    static PropertySearch of(PropertyQuery query, PropertyVisibility visibility) {
        return new PropertySearch(query, visibility);
    }

    private void box(BoundingBox box) {
        // ranges, not "point <@ box": PostgreSQL estimates ranges from the columns' statistics (V13)
        where("p.latitude between :south and :north and p.longitude between :west and :east");
        // bound as numeric like the columns: a float8 parameter would cast the column, and no index would answer
        parameters.put("west", BigDecimal.valueOf(box.west()));
        parameters.put("south", BigDecimal.valueOf(box.south()));
        parameters.put("east", BigDecimal.valueOf(box.east()));
        parameters.put("north", BigDecimal.valueOf(box.north()));
    }

    private static String orderBy(PropertySort sort) {
        String column = switch (sort.field()) {
            case listPrice -> "p.list_price";
            case modificationTimestamp -> "p.modification_timestamp";
            case bedroomsTotal -> "p.bedrooms_total";
        };
        String direction = sort.descending() ? "desc" : "asc";
        // listings without the value last in both directions, as a user expects of "cheapest" and of "dearest"
        return column + " " + direction + " nulls last, p.id " + direction;
    }

    private void where(String condition) {
        conditions.add(condition);
    }

    private void where(String condition, String parameter, Object value) {
        conditions.add(condition);
        parameters.put(parameter, value);
    }

    /** The ids of one page, in order. */
    String pageIdsSql() {
        return "select p.id from properties p where " + whereClause() + " order by " + orderBy
                + " limit :limit offset :offset";
    }

    /** The number of matches, but no more than {@code limit}: the count stops reading there. */
    String cappedCountSql() {
        return "select count(*) from (select 1 from properties p where " + whereClause() + " limit :limit) matches";
    }

    /** The values of the named parameters of both statements, except {@code limit} and {@code offset}. */
    Map<String, Object> parameters() {
        return Map.copyOf(parameters);
    }

    String whereClause() {
        return String.join(" and ", conditions);
    }
}
