package org.realtycrm.property.control;

import static org.realtycrm.property.control.ODataFilter.invalid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.realtycrm.property.control.ODataNode.Column;
import org.realtycrm.property.control.ODataNode.Condition;
import org.realtycrm.property.control.ODataNode.Literal;

/**
 * The SQL of OData's comparison and logical operators. OData's logic is two-valued: a comparison with null is true
 * or false, never unknown. So {@code eq null} is {@code is null}, {@code ne} is {@code is distinct from} (OData's
 * {@code null ne 5} is true), and {@code not} treats unknown as false before negating. Plain comparisons stay plain
 * ({@code =}, {@code <}…): in a WHERE clause unknown already acts as false, and PostgreSQL can use an index.
 */
final class ODataComparisons {

    /** The comparison keywords and their SQL; ne is written is distinct from when it compares a value. */
    static final Map<String, String> OPERATORS = Map.of("eq", "=", "ne", "<>", "gt", ">", "ge", ">=", "lt", "<",
            "le", "<=");
    /** The operator that says the same with the operands swapped: 5 lt X is X gt 5. */
    private static final Map<String, String> SWAPPED = Map.of("eq", "eq", "ne", "ne", "gt", "lt", "ge", "le", "lt",
            "gt", "le", "ge");

    private ODataComparisons() {
    }

    static Condition compare(ODataNode left, String operator, ODataNode right) {
        if (left instanceof Condition || right instanceof Condition) {
            return compareCondition(left, operator, right);
        }
        if (left instanceof Literal a && right instanceof Literal b) {
            throw invalid(a.describe() + " " + operator + " " + b.describe()
                    + " compares two values: one side must be a field");
        }
        if (left instanceof Literal literal) {
            return withLiteral((Column) right, SWAPPED.get(operator), literal);
        }
        if (right instanceof Literal literal) {
            return withLiteral((Column) left, operator, literal);
        }
        return columns((Column) left, operator, (Column) right);
    }

    /** The field is written first whichever side the client put it, as people read SQL. */
    private static Condition withLiteral(Column column, String operator, Literal literal) {
        if (literal.value() == null) {
            return switch (operator) {
                case "eq" -> new Condition(column.sql() + " is null", List.of());
                case "ne" -> new Condition(column.sql() + " is not null", List.of());
                default -> new Condition("false", List.of()); // OData: an order comparison with null is false
            };
        }
        Object parameter = ODataTypes.parameter(column, literal);
        String sql = operator.equals("ne") ? " is distinct from ?" : " " + OPERATORS.get(operator) + " ?";
        return new Condition(column.sql() + sql, List.of(parameter));
    }

    /** OData's null eq null is true, so equality of two fields treats nulls as equal. */
    private static Condition columns(Column left, String operator, Column right) {
        if (!ODataTypes.comparable(left.type(), right.type())) {
            throw invalid(left.describe() + " is " + left.type().edmName() + " and " + right.describe() + " is "
                    + right.type().edmName() + ": they cannot be compared");
        }
        String sql = switch (operator) {
            case "eq" -> " is not distinct from ";
            case "ne" -> " is distinct from ";
            default -> " " + OPERATORS.get(operator) + " ";
        };
        return new Condition(left.sql() + sql + right.sql(), List.of());
    }

    /** contains(City,'x') eq true, as some clients write it. */
    private static Condition compareCondition(ODataNode left, String operator, ODataNode right) {
        Condition condition = left instanceof Condition c ? c : (Condition) right;
        ODataNode other = condition == left ? right : left;
        if ((operator.equals("eq") || operator.equals("ne"))
                && other instanceof Literal literal && literal.value() instanceof Boolean value) {
            return value == operator.equals("eq") ? condition : not(condition);
        }
        throw invalid("a condition can only be compared with true or false by eq or ne, not by " + operator
                + " with " + other.describe());
    }

    static Condition not(Condition condition) {
        return new Condition("not coalesce(" + condition.sql() + ", false)", condition.parameters());
    }

    /** @param values the list's parameters, nulls left out; @param withNull whether the list had null */
    static Condition in(Column column, List<Object> values, boolean withNull) {
        if (values.isEmpty()) {
            return new Condition(column.sql() + " is null", List.of());
        }
        String sql = column.sql() + " in (" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")";
        return withNull ? new Condition(sql + " or " + column.sql() + " is null", values, true)
                : new Condition(sql, values);
    }

    /**
     * Our single-valued lookups are Edm.String fields holding one value, so has is equality; a collection has the
     * value when its jsonb array contains it. (Not jsonb's {@code ?} operator, which JDBC would take for a
     * placeholder.)
     */
    static Condition has(ODataNode left, ODataNode right) {
        if (!(left instanceof Column column)
                || !column.collection() && (column.field() == null || column.field().lookupName() == null)) {
            throw invalid("has needs a lookup field on its left: " + left.describe() + " is not one");
        }
        if (!(right instanceof Literal literal) || literal.type() != EdmType.STRING) {
            throw invalid("has needs a lookup value such as 'Active' on its right, found " + right.describe());
        }
        String test = column.collection() ? " @> jsonb_build_array(?::text)" : " = ?";
        return new Condition(column.sql() + test, List.of(literal.value()));
    }

    static Condition and(List<Condition> terms) {
        return new Condition(terms.stream().map(t -> t.disjunction() ? "(" + t.sql() + ")" : t.sql())
                .collect(Collectors.joining(" and ")), parameters(terms));
    }

    /** and binds more tightly than or, in SQL as in OData: no term needs parentheses. */
    static Condition or(List<Condition> terms) {
        return new Condition(terms.stream().map(Condition::sql).collect(Collectors.joining(" or ")),
                parameters(terms), true);
    }

    private static List<Object> parameters(List<Condition> terms) {
        List<Object> all = new ArrayList<>();
        terms.forEach(t -> all.addAll(t.parameters()));
        return all;
    }
}
