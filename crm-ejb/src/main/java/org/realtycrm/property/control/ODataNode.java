package org.realtycrm.property.control;

import java.util.List;

/** What a part of a {@code $filter} parses to: a condition, a value read from the row, or a literal value. */
sealed interface ODataNode {

    /** How an error message names this part. */
    String describe();

    /**
     * A boolean SQL condition.
     *
     * @param disjunction an {@code or} at its top level, so it needs parentheses when it becomes a term of an
     *                    {@code and}; every other shape binds at least as tightly as {@code and}
     */
    record Condition(String sql, List<Object> parameters, boolean disjunction) implements ODataNode {

        Condition(String sql, List<Object> parameters) {
            this(sql, parameters, false);
        }

        @Override
        public String describe() {
            return "a condition";
        }
    }

    /**
     * A value of the row: a field, or a function of one.
     *
     * @param sql   an SQL expression safe to use as an operand of any operator (parenthesised if it needed it)
     * @param field the field itself when this is a bare field reference, else null ({@code has} needs a bare field)
     * @param text  as the client wrote it, e.g. {@code tolower(City)}
     */
    record Column(EdmType type, String sql, ResoField field, String text) implements ODataNode {

        /**
         * Whether this is a collection field (its {@code sql} a jsonb array of strings), which only {@code any},
         * {@code all} and {@code has} take.
         */
        boolean collection() {
            return field != null && field.collection();
        }

        @Override
        public String describe() {
            return ODataToken.shorten(text);
        }
    }

    /**
     * A literal, or {@code now()}, which is one too: its value is known before the query runs.
     *
     * @param type  the type its spelling gives it (an integer is INT64, a quoted string STRING…); null for null
     * @param value the Java value pgjdbc binds; null for null
     * @param text  as the client wrote it
     */
    record Literal(EdmType type, Object value, String text) implements ODataNode {

        @Override
        public String describe() {
            return ODataToken.shorten(text);
        }
    }
}
