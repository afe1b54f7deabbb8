package org.realtycrm.property.control;

import static org.realtycrm.property.control.ODataFilter.invalid;

import java.util.List;

import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.property.control.ODataNode.Column;
import org.realtycrm.property.control.ODataNode.Condition;

/**
 * The SQL of OData's lambda operators over a collection field, whose SQL yields a jsonb array of strings (never
 * null). The lambda variable is the text of one element, {@code alias.v}, of a sub-select over
 * {@code jsonb_array_elements_text}; the body may also read the row's other fields, which the sub-select correlates.
 */
final class ODataLambdas {

    private ODataLambdas() {
    }

    /** The SQL of the element a lambda's variable stands for. */
    static String element(String alias) {
        return alias + ".v";
    }

    /** {@code F/any(v: body)}: some element satisfies the body. */
    static Condition any(Column collection, String alias, Condition body) {
        return new Condition("exists (" + elements(collection, alias) + " where " + body.sql() + ")",
                body.parameters());
    }

    /**
     * {@code F/all(v: body)}: no element fails the body, unknown counting as failing; so an empty collection
     * satisfies it, as OData says.
     */
    static Condition all(Column collection, String alias, Condition body) {
        return new Condition("not exists (" + elements(collection, alias) + " where not coalesce((" + body.sql()
                + "), false))", body.parameters());
    }

    /** {@code F/any()}: the collection is not empty. */
    static Condition nonEmpty(Column collection) {
        return new Condition("jsonb_array_length(" + collection.field().sql() + ") > 0", List.of());
    }

    private static String elements(Column collection, String alias) {
        return "select 1 from jsonb_array_elements_text(" + collection.field().sql() + ") as " + alias + "(v)";
    }

    /** A collection where a single value belongs: in a comparison, an in, a function, as a condition. */
    static InvalidInputException notSingle(Column collection) {
        return invalid(collection.describe() + " is a collection: filter it with any(), all() or has, as in "
                + collection.describe() + "/any(a: a eq 'x') or " + collection.describe() + " has 'x'");
    }

    /**
     * Whether {@code sql} is one parenthesised expression, {@code (…)}, which needs no more parentheses to be an
     * operand. Conservative: whatever it cannot read for sure (escape strings, quoted identifiers, dollar quotes,
     * comments) is answered false, and the caller adds parentheses.
     */
    static boolean enclosed(String sql) {
        int last = sql.length() - 1;
        if (last < 1 || sql.charAt(0) != '(' || sql.charAt(last) != ')') {
            return false;
        }
        int depth = 0;
        for (int i = 0; i <= last; i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                int end = sql.indexOf('\'', i + 1);
                char before = sql.charAt(i - 1);
                if (end < 0 || before == 'E' || before == 'e' || sql.charAt(end - 1) == '\\') {
                    return false;
                }
                i = end; // '' inside a string reads as two strings, which is as good
            } else if (c == '"' || c == '$' || c == '-' && sql.charAt(i + 1) == '-'
                    || c == '/' && sql.charAt(i + 1) == '*') {
                return false;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0 && i < last) {
                return false;
            }
        }
        return depth == 0;
    }
}
