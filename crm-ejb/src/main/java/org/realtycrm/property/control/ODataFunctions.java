package org.realtycrm.property.control;

import static org.realtycrm.property.control.ODataFilter.invalid;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.realtycrm.property.control.ODataNode.Column;
import org.realtycrm.property.control.ODataNode.Condition;
import org.realtycrm.property.control.ODataNode.Literal;

/** The OData canonical functions we translate, each over a field (or a function of one) and string literals. */
final class ODataFunctions {

    private static final Set<String> SUPPORTED = Set.of("contains", "startswith", "endswith", "tolower", "toupper",
            "length", "year", "month", "day", "hour", "minute", "second", "date", "now");
    /** The other functions of OData 4.01, so that the error can tell "not supported" from a typo. */
    private static final Set<String> OTHERS = Set.of("concat", "indexof", "substring", "trim", "matchespattern",
            "hassubset", "hassubsequence", "fractionalseconds", "totaloffsetminutes", "totalseconds", "time",
            "maxdatetime", "mindatetime", "round", "floor", "ceiling", "cast", "isof", "case", "substringof");
    private static final Set<EdmType> DATES = EnumSet.of(EdmType.DATE, EdmType.DATE_TIME_OFFSET);
    private static final Set<EdmType> DATE_TIMES = EnumSet.of(EdmType.DATE_TIME_OFFSET);
    private static final Set<EdmType> STRINGS = EnumSet.of(EdmType.STRING);

    private ODataFunctions() {
    }

    /** Fails before the arguments are parsed, so that an unsupported call is reported as that, not as its arguments. */
    static void checkSupported(ODataToken name) {
        String function = name.text();
        if (SUPPORTED.contains(function)) {
            return;
        }
        String at = "position " + name.position() + ": ";
        String lower = function.toLowerCase(Locale.ROOT);
        if (SUPPORTED.contains(lower)) {
            throw invalid(at + "function names are lower-case: write " + lower + ", not " + function);
        }
        if (lower.equals("any") || lower.equals("all")) {
            throw invalid(at + lower + " is a lambda operator: write it after a collection field and a slash, "
                    + "as in Appliances/" + lower + "(a: a eq 'Dishwasher')");
        }
        if (OTHERS.contains(lower) || lower.startsWith("geo.")) {
            throw invalid(at + "the function " + function + " is not supported");
        }
        throw invalid(at + "unknown function " + ODataToken.shorten(function));
    }

    /** @param text the call as the client wrote it, to name the result in later messages */
    static ODataNode apply(String function, List<ODataNode> args, String text, Instant now) {
        return switch (function) {
            case "contains" -> like(function, args, "%", "%");
            case "startswith" -> like(function, args, "", "%");
            case "endswith" -> like(function, args, "%", "");
            case "tolower" -> new Column(EdmType.STRING, "lower(" + only(function, args, STRINGS).sql() + ")", null,
                    text);
            case "toupper" -> new Column(EdmType.STRING, "upper(" + only(function, args, STRINGS).sql() + ")", null,
                    text);
            case "length" -> new Column(EdmType.INT64, "length(" + only(function, args, STRINGS).sql() + ")", null,
                    text);
            case "year", "month", "day" -> part(function, only(function, args, DATES), text);
            case "hour", "minute", "second" -> part(function, only(function, args, DATE_TIMES), text);
            case "date" -> new Column(EdmType.DATE,
                    "cast(" + inUtc(only(function, args, DATE_TIMES)) + " as date)", null, text);
            case "now" -> {
                arity(function, args, 0);
                yield new Literal(EdmType.DATE_TIME_OFFSET, now.atOffset(ZoneOffset.UTC), text);
            }
            default -> throw new IllegalStateException("checkSupported lets through " + function);
        };
    }

    /** OData's string functions are case-sensitive, so is LIKE; the value is matched literally. */
    private static Condition like(String function, List<ODataNode> args, String before, String after) {
        arity(function, args, 2);
        Column column = column(function, args.get(0), STRINGS);
        if (!(args.get(1) instanceof Literal literal) || literal.type() != EdmType.STRING) {
            throw invalid(function + " needs a string literal as its second argument, found "
                    + args.get(1).describe());
        }
        String pattern = before + escapeLike((String) literal.value()) + after;
        return new Condition(column.sql() + " like ? escape '\\'", List.of(pattern));
    }

    static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** extract gives a numeric (a double before PostgreSQL 14); OData's year() and the rest give an integer. */
    private static Column part(String function, Column column, String text) {
        String from = column.type() == EdmType.DATE_TIME_OFFSET ? inUtc(column) : column.sql();
        String extract = "extract(" + function + " from " + from + ")";
        // the second has a fraction; cast alone would round 59.7 up to 60
        String whole = function.equals("second") ? "floor(" + extract + ")" : extract;
        return new Column(EdmType.INT64, "cast(" + whole + " as integer)", null, text);
    }

    /** A DateTimeOffset's parts are those of its UTC time, whatever the session's time zone. */
    private static String inUtc(Column column) {
        return column.sql() + " at time zone 'UTC'";
    }

    private static Column only(String function, List<ODataNode> args, Set<EdmType> types) {
        arity(function, args, 1);
        return column(function, args.get(0), types);
    }

    private static Column column(String function, ODataNode arg, Set<EdmType> types) {
        if (!(arg instanceof Column column)) {
            throw invalid(function + " needs a field as its first argument, found " + arg.describe());
        }
        if (!types.contains(column.type())) {
            throw invalid(function + " needs " + types.stream().map(EdmType::edmName)
                    .collect(Collectors.joining(" or ")) + ": " + column.describe() + " is "
                    + column.type().edmName());
        }
        return column;
    }

    private static void arity(String function, List<ODataNode> args, int count) {
        if (args.size() != count) {
            throw invalid(function + " takes " + (count == 0 ? "no" : String.valueOf(count)) + " argument"
                    + (count == 1 ? "" : "s") + ", found " + args.size());
        }
    }
}
