package org.realtycrm.property.control;

import java.util.List;
import java.util.Objects;

/**
 * A boolean SQL condition with JDBC {@code ?} placeholders and the values they stand for, in order. Every value a
 * client wrote is one of the parameters, never part of {@code sql}; each is a type pgjdbc binds by {@code setObject}.
 */
public record SqlCondition(String sql, List<Object> parameters) {

    public SqlCondition {
        Objects.requireNonNull(sql, "sql");
        parameters = List.copyOf(parameters);
    }
}
