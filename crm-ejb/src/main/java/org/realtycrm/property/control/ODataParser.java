package org.realtycrm.property.control;

import static org.realtycrm.property.control.ODataFilter.invalid;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.property.control.ODataNode.Column;
import org.realtycrm.property.control.ODataNode.Condition;
import org.realtycrm.property.control.ODataNode.Literal;
import org.realtycrm.property.control.ODataToken.Kind;

/**
 * Recursive descent over the grammar below, building the SQL as it goes. {@code not} applies to what follows it up
 * to the next {@code and}/{@code or}, so {@code not X eq 1} is {@code not (X eq 1)}.
 *
 * <pre>
 * or         = and *( "or" and )
 * and        = unary *( "and" unary )
 * unary      = "not" unary / comparison
 * comparison = operand [ ( eq / ne / gt / ge / lt / le ) operand
 *                      / "in" "(" operand *( "," operand ) ")"
 *                      / "has" operand ]
 * operand    = "(" or ")" / literal / function "(" [ operand *( "," operand ) ] ")" / field
 *            / collection "/" ( "any" / "all" ) "(" variable ":" or ")" / collection "/any()"
 * </pre>
 *
 * A collection field may only be the subject of a lambda ({@code any}, {@code all}) or the left of {@code has}. In a
 * lambda's body its variable is a string, one element of the collection; lambdas do not nest.
 *
 * Only and/or chains are loops; every other recursion passes {@link #enter}, which bounds the depth.
 */
final class ODataParser {

    static final int MAX_COMPARISONS = 100;
    static final int MAX_DEPTH = 32;

    private static final Set<String> ARITHMETIC = Set.of("add", "sub", "mul", "div", "divby", "mod");
    /** Words that are never a field: where a value belongs, they mean the client left one out. */
    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "eq", "ne", "gt", "ge", "lt", "le", "in",
            "has", "add", "sub", "mul", "div", "divby", "mod", "true", "false", "null");
    /** Field SQL that is one (qualified) column needs no parentheses; anything else gets them. */
    private static final Pattern COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*(\\.[A-Za-z_][A-Za-z0-9_$]*)*");

    private final String input;
    private final ODataLexer lexer;
    private final Function<String, Optional<ResoField>> fields;
    private final Instant now;
    private int depth;
    private int comparisons;
    /** The lambda whose body is being parsed, else null. */
    private Lambda lambda;
    /** How many lambdas have begun, to name each one's sub-select l1, l2… */
    private int lambdas;
    /** The variables of the lambdas that have ended, to tell their use outside them from an unknown field. */
    private final Set<String> ended = new HashSet<>();

    /** A lambda being parsed: its variable, as the client named it, and the element that variable stands for. */
    private record Lambda(String variable, Column element) {
    }

    ODataParser(String input, Function<String, Optional<ResoField>> fields, Instant now) {
        this.input = input;
        this.lexer = new ODataLexer(input);
        this.fields = fields;
        this.now = now;
    }

    SqlCondition parse() {
        ODataNode node = or();
        ODataToken rest = lexer.peek();
        if (rest.kind() == Kind.CLOSE) {
            throw invalid("position " + rest.position() + ": ')' has no matching '('");
        }
        if (rest.kind() != Kind.END) {
            throw expected("'and', 'or' or the end of the filter", rest);
        }
        Condition condition = condition(node);
        String sql = condition.disjunction() ? "(" + condition.sql() + ")" : condition.sql();
        return new SqlCondition(sql, condition.parameters());
    }

    private ODataNode or() {
        ODataNode first = and();
        if (!lexer.peek().isName("or")) {
            return first;
        }
        List<Condition> terms = new ArrayList<>(List.of(condition(first)));
        while (accept("or")) {
            terms.add(condition(and()));
        }
        return ODataComparisons.or(terms);
    }

    private ODataNode and() {
        ODataNode first = unary();
        if (!lexer.peek().isName("and")) {
            return first;
        }
        List<Condition> terms = new ArrayList<>(List.of(condition(first)));
        while (accept("and")) {
            terms.add(condition(unary()));
        }
        return ODataComparisons.and(terms);
    }

    private ODataNode unary() {
        if (!accept("not")) {
            return comparison();
        }
        enter();
        Condition negated = ODataComparisons.not(condition(unary()));
        depth--;
        return negated;
    }

    private ODataNode comparison() {
        ODataNode left = operand();
        ODataToken operator = lexer.peek();
        if (operator.kind() == Kind.NAME && ODataComparisons.OPERATORS.containsKey(operator.text())) {
            lexer.next();
            count();
            return ODataComparisons.compare(single(left), operator.text(), single(operand()));
        }
        if (operator.isName("in")) {
            lexer.next();
            return in(single(left));
        }
        if (operator.isName("has")) {
            lexer.next();
            count();
            return ODataComparisons.has(left, single(operand()));
        }
        // a condition stands alone; a value may stand alone only as the content of parentheses
        if (isCondition(left) || operator.kind() == Kind.CLOSE) {
            return left;
        }
        single(left);
        throw expected("a comparison operator (eq, ne, gt, ge, lt, le, in, has)", operator);
    }

    private Condition in(ODataNode left) {
        if (!(left instanceof Column column)) {
            throw invalid("in needs a field on its left, found " + left.describe());
        }
        ODataToken open = lexer.next();
        if (open.kind() != Kind.OPEN) {
            throw expected("'(' and a list of values after in", open);
        }
        enter();
        List<Object> values = new ArrayList<>();
        boolean withNull = false;
        do {
            count();
            ODataNode item = single(operand());
            if (!(item instanceof Literal literal)) {
                throw invalid("in takes a list of values: " + item.describe() + " is not a value");
            }
            if (literal.value() == null) {
                withNull = true;
            } else {
                values.add(ODataTypes.parameter(column, literal));
            }
        } while (accept(Kind.COMMA));
        close(open, "',' or ')'");
        depth--;
        return ODataComparisons.in(column, values, withNull);
    }

    private ODataNode operand() {
        ODataToken token = lexer.next();
        return switch (token.kind()) {
            case OPEN -> group(token);
            case STRING -> new Literal(EdmType.STRING, token.value(), token.text());
            case INTEGER -> new Literal(EdmType.INT64, token.value(), token.text());
            case DECIMAL -> new Literal(EdmType.DECIMAL, token.value(), token.text());
            case DATE -> new Literal(EdmType.DATE, token.value(), token.text());
            case DATE_TIME_OFFSET -> new Literal(EdmType.DATE_TIME_OFFSET, token.value(), token.text());
            case NAME -> named(token);
            default -> throw expected("a field, a function or a value", token);
        };
    }

    private ODataNode group(ODataToken open) {
        enter();
        ODataNode inner = or();
        close(open, "'and', 'or' or ')'");
        depth--;
        return inner;
    }

    private ODataNode named(ODataToken name) {
        switch (name.text()) {
            case "true":
                return new Literal(EdmType.BOOLEAN, Boolean.TRUE, name.text());
            case "false":
                return new Literal(EdmType.BOOLEAN, Boolean.FALSE, name.text());
            case "null":
                return new Literal(null, null, name.text());
            default:
                break;
        }
        if (KEYWORDS.contains(name.text())) {
            throw expected("a field, a function or a value", name);
        }
        ODataToken next = lexer.peek();
        if (next.kind() == Kind.OPEN) {
            return call(name);
        }
        if (next.kind() == Kind.SLASH) {
            lexer.next();
            ODataToken operator = lexer.peek();
            if (operator.isName("any") || operator.isName("all")) {
                lexer.next();
                return lambda(name, operator);
            }
            String lower = operator.kind() == Kind.NAME ? operator.text().toLowerCase(Locale.ROOT) : "";
            if (lower.equals("any") || lower.equals("all")) {
                throw invalid("position " + operator.position() + ": OData keywords are lower-case: write " + lower
                        + ", not " + operator.text());
            }
            throw invalid("position " + next.position() + ": paths (" + ODataToken.shorten(name.text())
                    + "/…) are not supported");
        }
        return field(name);
    }

    /** {@code collection/any(v: body)}, {@code collection/all(v: body)} or {@code collection/any()}. */
    private Condition lambda(ODataToken name, ODataToken operator) {
        String at = "position " + operator.position() + ": ";
        if (lambda != null) {
            throw invalid(at + "a lambda (any, all) inside another lambda is not supported");
        }
        Column collection = collection(name, operator);
        ODataToken open = lexer.next();
        if (open.kind() != Kind.OPEN) {
            throw expected("'(' after " + operator.text(), open);
        }
        enter();
        count();
        if (accept(Kind.CLOSE)) {
            depth--;
            if (operator.isName("all")) {
                throw invalid(at + "all needs a variable and a condition, as in " + collection.describe()
                        + "/all(a: a eq 'x')");
            }
            return ODataLambdas.nonEmpty(collection);
        }
        String variable = variable(lexer.next());
        ODataToken colon = lexer.next();
        if (colon.kind() != Kind.COLON) {
            throw expected("':' after the lambda variable " + variable, colon);
        }
        String alias = "l" + ++lambdas;
        ResoField element = new ResoField(variable, EdmType.STRING, ODataLambdas.element(alias),
                collection.field().maxLength(), null, null, collection.field().lookupName());
        lambda = new Lambda(variable, new Column(EdmType.STRING, element.sql(), element, variable));
        Condition body = condition(or());
        close(open, "'and', 'or' or ')'");
        lambda = null;
        ended.add(variable);
        depth--;
        return operator.isName("any") ? ODataLambdas.any(collection, alias, body)
                : ODataLambdas.all(collection, alias, body);
    }

    /** The collection field a lambda operator follows. */
    private Column collection(ODataToken name, ODataToken operator) {
        Optional<ResoField> found = fields.apply(name.text());
        if (found == null || found.isEmpty()) {
            throw invalid("has no collection field named " + ODataToken.shorten(name.text()));
        }
        if (!found.get().collection()) {
            throw invalid("position " + operator.position() + ": " + operator.text() + " needs a collection field: "
                    + name.text() + " is " + found.get().type().edmName() + ", not a collection");
        }
        return field(name);
    }

    /** A lambda variable: an identifier that is no keyword and no field, lest the body be ambiguous. */
    private String variable(ODataToken token) {
        String at = "position " + token.position() + ": ";
        if (token.kind() != Kind.NAME || token.text().startsWith("$") || token.text().indexOf('.') >= 0
                || KEYWORDS.contains(token.text())) {
            throw invalid(at + "expected a lambda variable such as a, then ':' and a condition, found "
                    + token.describe());
        }
        Optional<ResoField> field = fields.apply(token.text());
        if (field != null && field.isPresent()) {
            throw invalid(at + "the lambda variable " + token.text() + " is the name of a field: choose another");
        }
        return token.text();
    }

    private ODataNode call(ODataToken name) {
        ODataFunctions.checkSupported(name);
        ODataToken open = lexer.next();
        enter();
        List<ODataNode> args = new ArrayList<>();
        if (lexer.peek().kind() != Kind.CLOSE) {
            do {
                args.add(operand());
            } while (accept(Kind.COMMA));
        }
        ODataToken close = close(open, "',' or ')'");
        depth--;
        args.forEach(ODataParser::single);
        String text = input.substring(name.position() - 1, close.position());
        ODataNode result = ODataFunctions.apply(name.text(), args, text, now);
        if (result instanceof Condition) {
            count();
        }
        return result;
    }

    private Column field(ODataToken name) {
        String at = "position " + name.position() + ": ";
        if (name.text().startsWith("$")) {
            throw invalid(at + ODataToken.shorten(name.text()) + " is not supported");
        }
        if (lambda != null && name.text().equals(lambda.variable())) {
            return lambda.element();
        }
        Optional<ResoField> found = fields.apply(name.text());
        if (found != null && found.isPresent()) {
            ResoField field = found.get();
            boolean bare = COLUMN.matcher(field.sql()).matches()
                    || field.collection() && ODataLambdas.enclosed(field.sql());
            return new Column(field.type(), bare ? field.sql() : "(" + field.sql() + ")", field, name.text());
        }
        if (ended.contains(name.text())) {
            throw invalid(at + "the lambda variable " + name.text() + " is used outside its lambda");
        }
        String lower = name.text().toLowerCase(Locale.ROOT);
        if (KEYWORDS.contains(lower)) {
            throw invalid(at + "OData keywords are lower-case: write " + lower + ", not " + name.text());
        }
        if (lower.equals("inf") || lower.equals("nan")) {
            throw invalid(at + "INF and NaN are not supported");
        }
        if (lambda != null) {
            throw invalid("has no field named " + ODataToken.shorten(name.text()) + ", and the variable of the lambda"
                    + " is " + lambda.variable());
        }
        throw invalid("has no field named " + ODataToken.shorten(name.text()));
    }

    /** Two-valued OData: a bare Boolean field is a condition, true where the field is true. */
    private Condition condition(ODataNode node) {
        if (node instanceof Condition condition) {
            return condition;
        }
        single(node);
        if (node instanceof Column column && column.type() == EdmType.BOOLEAN) {
            count();
            return new Condition(column.sql(), List.of());
        }
        throw invalid(node.describe() + " is not a condition: compare it with eq, ne, gt, ge, lt, le, in or has");
    }

    /** {@code node}, unless it is a collection, which only a lambda or has may take. */
    private static ODataNode single(ODataNode node) {
        if (node instanceof Column column && column.collection()) {
            throw ODataLambdas.notSingle(column);
        }
        return node;
    }

    private static boolean isCondition(ODataNode node) {
        return node instanceof Condition || node instanceof Column column && column.type() == EdmType.BOOLEAN;
    }

    private boolean accept(String keyword) {
        if (lexer.peek().isName(keyword)) {
            lexer.next();
            return true;
        }
        return false;
    }

    private boolean accept(Kind kind) {
        if (lexer.peek().kind() == kind) {
            lexer.next();
            return true;
        }
        return false;
    }

    private ODataToken close(ODataToken open, String expected) {
        ODataToken token = lexer.next();
        if (token.kind() != Kind.CLOSE) {
            throw expected(expected + " to close the '(' at position " + open.position(), token);
        }
        return token;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw invalid("the filter nests deeper than " + MAX_DEPTH + " levels");
        }
    }

    private void count() {
        if (++comparisons > MAX_COMPARISONS) {
            throw invalid("the filter has more than " + MAX_COMPARISONS + " comparisons");
        }
    }

    /** A syntax error, or the name of what the client tried that we do not support or spell so. */
    private static InvalidInputException expected(String expected, ODataToken found) {
        String at = "position " + found.position() + ": ";
        if (found.kind() == Kind.COLON) { // only a lambda has one, and it reads it itself
            return invalid(at + "unexpected character ':'");
        }
        if (found.kind() == Kind.NAME) {
            String lower = found.text().toLowerCase(Locale.ROOT);
            if (ARITHMETIC.contains(lower)) {
                return invalid(at + "arithmetic operators (add, sub, mul, div, divby, mod) are not supported");
            }
            if (KEYWORDS.contains(lower) && !lower.equals(found.text())) {
                return invalid(at + "OData keywords are lower-case: write " + lower + ", not " + found.text());
            }
        }
        return invalid(at + "expected " + expected + ", found " + found.describe());
    }
}
