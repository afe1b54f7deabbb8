package org.realtycrm.property.control;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.realtycrm.platform.problem.InvalidInputException;

/**
 * Translates an OData 4.01 {@code $filter} (URL conventions 5.1.1), as RESO Web API clients send it, into a
 * parameterised PostgreSQL condition. Every literal becomes a {@code ?} parameter; only the fields' trusted SQL and
 * fixed fragments are written into the SQL text.
 *
 * <p>Supported: {@code and or not}, parentheses, {@code eq ne gt ge lt le} between a field (or a function of one)
 * and a literal in either order or between two fields, {@code in}, {@code has} on lookup fields, the functions
 * contains, startswith, endswith, tolower, toupper, length, year, month, day, hour, minute, second, date and now.
 * A collection field (a multi-valued lookup such as Appliances) is filtered by the lambda operators
 * {@code Appliances/any(a: a eq 'Dishwasher')}, {@code Appliances/all(a: …)} and {@code Appliances/any()} (not
 * empty), whose body is any condition of this grammar with the variable as one element, a string; or by
 * {@code Appliances has 'Dishwasher'}; and in no other way. Lambdas do not nest.
 * Keywords and function names are lower-case, as OData spells them; {@code AND} is rejected with a message saying
 * so. Every error is an {@link InvalidInputException} on {@code $filter}; a filter of more than
 * 100 comparisons (each value of an {@code in} list counts as one, each lambda as one besides its body's) or nested
 * deeper than 32 levels is rejected, so no input can exhaust the stack or build a huge
 * statement.
 *
 * <p>The result binds no more tightly than {@code and}: it may be joined to other conditions with {@code and} as it
 * is (a top-level {@code or} comes parenthesised).
 */
public final class ODataFilter {

    static final String PARAMETER = "$filter";

    private ODataFilter() {
    }

    /**
     * @param fields resolves a DD field name (case-sensitive, as OData is) to the field, empty if the resource has none
     * @param now    the instant now() stands for
     * @throws InvalidInputException on field {@code $filter}, for any filter that is blank, malformed, unsupported or
     *                               compares a field with a value of another type
     */
    public static SqlCondition toSql(String filter, Function<String, Optional<ResoField>> fields, Instant now) {
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(now, "now");
        if (filter == null || filter.isBlank()) {
            throw invalid("is empty: give a condition such as ListPrice lt 500000");
        }
        return new ODataParser(filter, fields, now).parse();
    }

    static InvalidInputException invalid(String message) {
        return new InvalidInputException(PARAMETER, message);
    }
}
