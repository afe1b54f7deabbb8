package org.realtycrm.property.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.realtycrm.platform.problem.InvalidInputException;

/**
 * The OData system query options of one request on a resource, checked against its fields: which fields
 * ({@code $select}), which records ({@code $filter}), in which order ({@code $orderby}), which slice ({@code $top},
 * {@code $skip}), whether to count them ({@code $count}) and which related records to bring along ({@code $expand}).
 * An option that names no field of the resource, or that the service does not support, is refused: OData says a
 * service must fail a request it cannot honour rather than answer a different question.
 */
public record ResoQuery(ResoResource resource, List<ResoField> select, SqlCondition filter, List<Order> orderBy,
        Long top, long skip, boolean count, List<Expansion> expand, Keyset after) {

    /** Options this service honours; any other {@code $} option is refused. */
    public static final Set<String> SYSTEM_OPTIONS = Set.of("$select", "$filter", "$orderby", "$top", "$skip",
            "$count", "$expand", "$format", "$skiptoken");

    /** Options allowed inside {@code $expand=Media(…)}. */
    private static final Set<String> NESTED_OPTIONS = Set.of("$select", "$filter", "$orderby", "$top");

    public record Order(ResoField field, boolean descending) {
    }

    /** A navigation property to expand, with the query of its records (per parent record). */
    public record Expansion(String navigation, ResoQuery query) {
    }

    /**
     * @param options the request's query options, decoded, each given once (the caller refuses repeats)
     * @param now     what {@code now()} in a filter means
     */
    public static ResoQuery parse(ResoResource resource, Map<String, String> options, Instant now) {
        for (String option : options.keySet()) {
            if (option.startsWith("$") && !SYSTEM_OPTIONS.contains(option)) {
                throw new InvalidInputException(option, "is not supported by this service");
            }
        }
        String format = options.get("$format");
        if (format != null && !format.equals("json") && !format.startsWith("application/json")) {
            throw new InvalidInputException("$format", "only json is served");
        }
        return of(resource, options, now);
    }

    private static ResoQuery of(ResoResource resource, Map<String, String> options, Instant now) {
        List<Order> orderBy = orderBy(resource, options.get("$orderby"));
        String skipToken = options.get("$skiptoken");
        return new ResoQuery(resource,
                select(resource, options.get("$select")),
                filter(resource, options.get("$filter"), now),
                orderBy,
                count("$top", options.get("$top")),
                Optional.ofNullable(count("$skip", options.get("$skip"))).orElse(0L),
                bool("$count", options.get("$count")),
                expand(resource, options.get("$expand"), now),
                skipToken == null ? null : Keyset.parse(skipToken, resource, orderBy));
    }

    private static List<ResoField> select(ResoResource resource, String select) {
        if (select == null || select.isBlank() || select.strip().equals("*")) {
            return resource.fields();
        }
        List<ResoField> fields = new ArrayList<>();
        for (String name : select.split(",")) {
            ResoField field = field(resource, "$select", name.strip());
            if (!fields.contains(field)) {
                fields.add(field);
            }
        }
        return List.copyOf(fields);
    }

    private static SqlCondition filter(ResoResource resource, String filter, Instant now) {
        if (filter == null) {
            return null;
        }
        try {
            return ODataFilter.toSql(filter, resource::field, now);
        } catch (InvalidInputException e) {
            String message = e.errors().get(0).message();
            if (message.startsWith("has no field named")) {
                throw new InvalidInputException("$filter", resource.entitySet() + " " + message);
            }
            throw e;
        }
    }

    private static List<Order> orderBy(ResoResource resource, String orderBy) {
        if (orderBy == null) {
            return List.of();
        }
        List<Order> orders = new ArrayList<>();
        for (String item : orderBy.split(",")) {
            String[] words = item.strip().split("\\s+");
            if (words.length == 0 || words.length > 2 || words[0].isEmpty()) {
                throw new InvalidInputException("$orderby", "must be a field name, then asc or desc: '"
                        + item.strip() + "'");
            }
            boolean descending = false;
            if (words.length == 2) {
                if (!words[1].equals("asc") && !words[1].equals("desc")) {
                    throw new InvalidInputException("$orderby", "a field can be ordered asc or desc, not '"
                            + words[1] + "'");
                }
                descending = words[1].equals("desc");
            }
            ResoField field = field(resource, "$orderby", words[0]);
            if (field.collection()) {
                throw new InvalidInputException("$orderby", field.name() + " holds many values: it orders nothing");
            }
            orders.add(new Order(field, descending));
        }
        return List.copyOf(orders);
    }

    private static Long count(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            long parsed = Long.parseLong(value.strip());
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputException(option, "must be a whole number, 0 or more: '" + value + "'");
    }

    private static boolean bool(String option, String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new InvalidInputException(option, "must be true or false: '" + value + "'");
    }

    private static List<Expansion> expand(ResoResource resource, String expand, Instant now) {
        if (expand == null || expand.isBlank()) {
            return List.of();
        }
        List<Expansion> expansions = new ArrayList<>();
        for (String item : splitOutsideParentheses(expand, ',')) {
            String navigation = item;
            Map<String, String> nested = new LinkedHashMap<>();
            int open = item.indexOf('(');
            if (open >= 0) {
                if (!item.endsWith(")")) {
                    throw new InvalidInputException("$expand", "the options of '" + item.substring(0, open)
                            + "' must end with ')'");
                }
                navigation = item.substring(0, open).strip();
                for (String option : splitOutsideParentheses(item.substring(open + 1, item.length() - 1), ';')) {
                    int equals = option.indexOf('=');
                    String name = equals < 0 ? option : option.substring(0, equals).strip();
                    if (equals < 0 || !NESTED_OPTIONS.contains(name)) {
                        throw new InvalidInputException("$expand", "inside " + navigation + "(…) only "
                                + NESTED_OPTIONS.stream().sorted().toList() + " are supported, not '" + option + "'");
                    }
                    if (nested.put(name, option.substring(equals + 1)) != null) {
                        throw new InvalidInputException("$expand", name + " is given twice in " + navigation);
                    }
                }
            }
            String name = navigation;
            ResoResource child = Optional.ofNullable(resource.expansions().get(name))
                    .orElseThrow(() -> new InvalidInputException("$expand", resource.entitySet()
                            + " has no navigation property '" + name + "'"
                            + (resource.expansions().isEmpty() ? "" : "; it has " + resource.expansions().keySet())));
            if (expansions.stream().anyMatch(expansion -> expansion.navigation().equals(name))) {
                throw new InvalidInputException("$expand", name + " is expanded twice");
            }
            expansions.add(new Expansion(name, of(child, nested, now)));
        }
        return List.copyOf(expansions);
    }

    /** Splits on a separator that is not inside parentheses or a quoted string. */
    private static List<String> splitOutsideParentheses(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted; // a doubled quote flips twice, so it stays inside the string
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == separator) {
                parts.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        if (depth != 0 || quoted) {
            throw new InvalidInputException("$expand", "has unbalanced parentheses or quotes: '" + text + "'");
        }
        parts.add(text.substring(start).strip());
        if (parts.stream().anyMatch(String::isEmpty)) {
            throw new InvalidInputException("$expand", "has an empty item: '" + text + "'");
        }
        return parts;
    }

    private static ResoField field(ResoResource resource, String option, String name) {
        return resource.field(name).orElseThrow(() -> new InvalidInputException(option,
                resource.entitySet() + " has no field named '" + name + "'"));
    }
}
