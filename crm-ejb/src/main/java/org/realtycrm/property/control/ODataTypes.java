package org.realtycrm.property.control;

import static org.realtycrm.property.control.ODataFilter.invalid;

import java.math.BigDecimal;

import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.property.control.ODataNode.Column;
import org.realtycrm.property.control.ODataNode.Literal;

/** Which literals a field's Edm type takes, and the Java value each is bound as. */
final class ODataTypes {

    private ODataTypes() {
    }

    /**
     * The parameter that compares {@code literal} with {@code column}; its Java type follows the column's, so that
     * PostgreSQL compares like with like and can use the column's index.
     *
     * @param literal not null (null has no parameter: the callers write {@code is null})
     */
    static Object parameter(Column column, Literal literal) {
        EdmType given = literal.type();
        Object value = literal.value();
        switch (column.type()) {
            case STRING:
                if (given == EdmType.STRING) {
                    return value;
                }
                throw mismatch(column, literal, "is not a string");
            case BOOLEAN:
                if (given == EdmType.BOOLEAN) {
                    return value;
                }
                throw mismatch(column, literal, "is not true or false");
            case INT64:
                if (given == EdmType.INT64) {
                    return value;
                }
                if (given == EdmType.DECIMAL) {
                    return integralOrSelf((BigDecimal) value);
                }
                throw mismatch(column, literal, "is not a number");
            case DECIMAL:
                if (given == EdmType.INT64) {
                    return BigDecimal.valueOf((Long) value);
                }
                if (given == EdmType.DECIMAL) {
                    return value;
                }
                throw mismatch(column, literal, "is not a number");
            case DATE:
                if (given == EdmType.DATE) {
                    return value;
                }
                throw mismatch(column, literal, "is not a date (yyyy-mm-dd)");
            case DATE_TIME_OFFSET:
                if (given == EdmType.DATE_TIME_OFFSET) {
                    return value;
                }
                if (given == EdmType.DATE) {
                    throw mismatch(column, literal, "is a date without a time: give a time and an offset, e.g. "
                            + literal.text() + "T00:00:00Z");
                }
                throw mismatch(column, literal, "is not a date-time with an offset, e.g. 2024-01-31T10:00:00Z");
            default:
                throw new IllegalStateException("unknown Edm type " + column.type());
        }
    }

    /** Int64 with Int64, Decimal with Decimal, or either number with the other. */
    static boolean comparable(EdmType a, EdmType b) {
        return a == b || a.isNumeric() && b.isNumeric();
    }

    /** 3.0 against an Int64 column binds as 3: a numeric parameter would make PostgreSQL cast the column, not it. */
    private static Object integralOrSelf(BigDecimal value) {
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            return value;
        }
    }

    private static InvalidInputException mismatch(Column column, Literal literal, String why) {
        return invalid(column.describe() + " is " + column.type().edmName() + ": " + literal.describe() + " " + why);
    }
}
