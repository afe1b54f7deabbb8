package org.realtycrm.property.control;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs a {@link ResoQuery} as one SQL statement (plus one per expansion) and reads the rows into field maps. The SQL
 * is made of the resource's own expressions and the filter's, with every value a client gave bound as a parameter.
 */
@ApplicationScoped
public class ResoReader {

    /** The most records one response carries; past it, the client follows {@code @odata.nextLink}. */
    public static final int MAX_PAGE = 1000;
    /** With related records expanded (a listing's photos), fewer records make a response of the same size. */
    public static final int MAX_PAGE_EXPANDED = 200;
    /** A query a client may make slow (contains() over every listing's remarks) still ends. */
    private static final int TIMEOUT_SECONDS = 30;

    @Resource(lookup = "jdbc/crm")
    DataSource dataSource;

    /**
     * @param rows  the records of this page: field name to value (String, Long, BigDecimal, Boolean, LocalDate,
     *              OffsetDateTime or null), and for each expansion its name to a list of such maps
     * @param more  whether records follow this page
     * @param count all the records the filter matches, when $count=true asked for it
     * @param next  where the next page starts ($skiptoken), when more follow and the order allows it; else null
     */
    public record Page(List<Map<String, Object>> rows, boolean more, Long count, String next) {
    }

    /** @param preferredPageSize the page size the client prefers (OData's odata.maxpagesize), or null */
    public Page read(ResoQuery query, Integer preferredPageSize) {
        int pageSize = pageSize(query, preferredPageSize);
        long limit = query.top() == null ? pageSize : Math.min(query.top(), pageSize);
        List<Object> parameters = new ArrayList<>();
        String sql = "select " + columns(query) + " from " + query.resource().from()
                + " where " + conditions(query, parameters)
                + " order by " + orderBy(query)
                + " limit ? offset ?";
        parameters.add(limit + 1); // one more than served tells whether another page follows
        parameters.add(query.skip());
        try (Connection connection = dataSource.getConnection()) {
            List<Long> ids = new ArrayList<>();
            List<Keyset> keys = new ArrayList<>();
            List<Map<String, Object>> rows = rows(connection, sql, parameters, query, ids, keys);
            boolean more = rows.size() > limit;
            if (more) {
                rows = rows.subList(0, (int) limit);
                ids = ids.subList(0, (int) limit);
            }
            boolean topReached = query.top() != null && limit >= query.top();
            Long count = query.count() ? count(connection, query) : null;
            expand(connection, query, ids, rows);
            boolean follows = more && !topReached;
            String next = follows && Keyset.serves(query) ? keys.get(rows.size() - 1).token() : null;
            return new Page(rows, follows, count, next);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the RESO " + query.resource().entitySet() + " resource", e);
        }
    }

    /** How many records a page of this query holds: ours, or fewer if the client prefers. */
    public static int pageSize(ResoQuery query, Integer preferredPageSize) {
        int most = query.expand().isEmpty() ? MAX_PAGE : MAX_PAGE_EXPANDED;
        return preferredPageSize == null || preferredPageSize < 1 ? most : Math.min(most, preferredPageSize);
    }

    /** The one record with this key, if the resource serves it. */
    public Optional<Map<String, Object>> byKey(ResoQuery query, String key) {
        List<Object> parameters = new ArrayList<>();
        String keyCondition;
        if (query.resource() == ResoResource.LOOKUP) {
            keyCondition = query.resource().key().sql() + " = ?";
            parameters.add(key);
        } else {
            Optional<Long> id = ourId(key);
            if (id.isEmpty()) {
                return Optional.empty(); // not a key we ever gave out
            }
            keyCondition = query.resource().idSql() + " = ?";
            parameters.add(id.get());
        }
        String sql = "select " + columns(query) + " from " + query.resource().from()
                + " where " + query.resource().where() + " and " + keyCondition;
        try (Connection connection = dataSource.getConnection()) {
            List<Long> ids = new ArrayList<>();
            List<Map<String, Object>> rows = rows(connection, sql, parameters, query, ids, new ArrayList<>());
            expand(connection, query, ids, rows);
            return rows.stream().findFirst();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the RESO " + query.resource().entitySet() + " resource", e);
        }
    }

    public long count(ResoQuery query) {
        try (Connection connection = dataSource.getConnection()) {
            return count(connection, query);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the RESO " + query.resource().entitySet() + " resource", e);
        }
    }

    private long count(Connection connection, ResoQuery query) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String sql = "select count(*) from " + query.resource().from() + " where " + filterConditions(query,
                parameters);
        try (PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Brings each expansion's records under their parents, in one query per expansion. */
    private void expand(Connection connection, ResoQuery query, List<Long> parentIds, List<Map<String, Object>> rows)
            throws SQLException {
        for (ResoQuery.Expansion expansion : query.expand()) {
            ResoQuery child = expansion.query();
            Map<Long, List<Map<String, Object>>> byParent = new LinkedHashMap<>();
            parentIds.forEach(id -> byParent.put(id, new ArrayList<>()));
            if (!parentIds.isEmpty()) {
                List<Object> parameters = new ArrayList<>();
                Array ids = connection.createArrayOf("bigint", parentIds.toArray());
                parameters.add(ids);
                String sql = "select " + child.resource().parentIdSql() + ", " + columns(child)
                        + " from " + child.resource().from()
                        + " where " + child.resource().parentIdSql() + " = any(?) and "
                        + conditions(child, parameters)
                        + " order by " + child.resource().parentIdSql() + ", " + orderBy(child);
                try (PreparedStatement statement = prepare(connection, sql, parameters);
                     ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        List<Map<String, Object>> siblings = byParent.get(result.getLong(1));
                        if (child.top() == null || siblings.size() < child.top()) {
                            siblings.add(values(result, child.select(), orderedBy(child) == null ? 3 : 4));
                        }
                    }
                }
            }
            for (int i = 0; i < rows.size(); i++) {
                rows.get(i).put(expansion.navigation(), byParent.get(parentIds.get(i)));
            }
        }
    }

    /** The row's id, the field it is ordered by (for the next page's keyset) when there is one, then the fields. */
    private static String columns(ResoQuery query) {
        return query.resource().idSql() + ", " + (orderedBy(query) == null ? "" : orderedBy(query).sql() + ", ")
                + query.select().stream()
                .map(field -> field.collection() ? "array(select jsonb_array_elements_text(" + field.sql() + "))"
                        : field.sql())
                .collect(Collectors.joining(", "));
    }

    /** The filter's conditions alone: every record it matches, wherever the page starts. */
    private static String filterConditions(ResoQuery query, List<Object> parameters) {
        String where = query.resource().where();
        if (query.filter() == null) {
            return where;
        }
        parameters.addAll(query.filter().parameters());
        return where + " and (" + query.filter().sql() + ")";
    }

    private static ResoField orderedBy(ResoQuery query) {
        return query.orderBy().size() == 1 ? query.orderBy().get(0).field() : null;
    }

    /** The filter's conditions, and where the page starts when it follows another ($skiptoken). */
    private static String conditions(ResoQuery query, List<Object> parameters) {
        String conditions = filterConditions(query, parameters);
        return query.after() == null ? conditions : conditions + " and " + query.after().condition(query, parameters);
    }

    /**
     * OData's order: nulls before every value ascending, after them descending (OData 4.01 URL Conventions,
     * $orderby), which is also the order of an index read backwards. The row's own id breaks ties, in the
     * direction of the last order, so that pages neither overlap nor skip and an index on (field, id) serves it.
     */
    private static String orderBy(ResoQuery query) {
        List<String> orders = new ArrayList<>();
        query.orderBy().forEach(order -> orders.add(order.field().sql()
                + (order.descending() ? " desc nulls last" : " asc nulls first")));
        boolean descending = !query.orderBy().isEmpty() && query.orderBy().get(query.orderBy().size() - 1).descending();
        orders.add(query.resource().idSql() + (descending ? " desc" : ""));
        return String.join(", ", orders);
    }

    private static List<Map<String, Object>> rows(Connection connection, String sql, List<Object> parameters,
            ResoQuery query, List<Long> ids, List<Keyset> keys) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        ResoField orderedBy = orderedBy(query);
        try (PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                Object id = result.getObject(1);
                ids.add(id instanceof Number number ? number.longValue() : null);
                Object orderValue = orderedBy == null ? null : value(result, 2, orderedBy.type());
                keys.add(new Keyset(orderValue, id instanceof Number number ? (Object) number.longValue() : id));
                rows.add(values(result, query.select(), orderedBy == null ? 2 : 3));
            }
        }
        return rows;
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setQueryTimeout(TIMEOUT_SECONDS);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    private static Map<String, Object> values(ResultSet result, List<ResoField> fields, int firstColumn)
            throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        int column = firstColumn;
        for (ResoField field : fields) {
            values.put(field.name(), field.collection() ? strings(result, column++) : value(result, column++,
                    field.type()));
        }
        return values;
    }

    /** A collection's values, in the feed's order; never null (OData: a collection is empty, not null). */
    private static List<String> strings(ResultSet result, int column) throws SQLException {
        Array array = result.getArray(column);
        return array == null ? List.of()
                : Arrays.stream((String[]) array.getArray()).filter(Objects::nonNull).toList();
    }

    private static Object value(ResultSet result, int column, EdmType type) throws SQLException {
        Object value = switch (type) {
            case STRING -> result.getString(column);
            case BOOLEAN -> result.getBoolean(column);
            case INT64 -> result.getLong(column);
            case DECIMAL -> result.getBigDecimal(column);
            case DATE -> result.getObject(column, LocalDate.class);
            case DATE_TIME_OFFSET -> Optional.ofNullable(result.getObject(column, OffsetDateTime.class))
                    .map(time -> time.withOffsetSameInstant(ZoneOffset.UTC)).orElse(null);
        };
        return result.wasNull() ? null : value;
    }

    private static Optional<Long> ourId(String key) {
        if (key.isEmpty() || key.length() > 18 || !key.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(key));
    }
}
