package org.realtycrm.property.control;

import static org.realtycrm.property.control.ODataFilter.invalid;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

import org.realtycrm.property.control.ODataToken.Kind;

/**
 * Splits a {@code $filter} into tokens, one at a time as the parser asks, so that a long hostile input fails at its
 * first error instead of being tokenised whole. Literals are decoded and checked here (a date that does not exist,
 * an integer out of range), each error naming its 1-based position.
 */
final class ODataLexer {

    /** OData's typed literals we do not serve; named so the error says what is unsupported. */
    private static final Set<String> UNSUPPORTED_LITERALS = Set.of("duration", "binary", "geography", "geometry");
    /** Longer numeric text is rejected before BigDecimal parses it, which is quadratic in the digits. */
    private static final int MAX_NUMBER_LENGTH = 100;
    /** Digits either side of the point; PostgreSQL's numeric takes more, no listing needs as many. */
    private static final int MAX_DECIMAL_DIGITS = 1000;

    private final String input;
    private int index;
    private ODataToken peeked;

    ODataLexer(String input) {
        this.input = input;
    }

    ODataToken peek() {
        if (peeked == null) {
            peeked = scan();
        }
        return peeked;
    }

    ODataToken next() {
        ODataToken token = peek();
        peeked = null;
        return token;
    }

    private ODataToken scan() {
        while (index < input.length() && isSpace(input.charAt(index))) {
            index++;
        }
        int start = index;
        if (start == input.length()) {
            return new ODataToken(Kind.END, "", null, start + 1);
        }
        char c = input.charAt(start);
        switch (c) {
            case '(':
                return punctuation(Kind.OPEN);
            case ')':
                return punctuation(Kind.CLOSE);
            case ',':
                return punctuation(Kind.COMMA);
            case '/':
                return punctuation(Kind.SLASH);
            case ':':
                return punctuation(Kind.COLON);
            case '\'':
                return string(start, start);
            default:
                break;
        }
        if (isDigit(c) || (c == '-' || c == '+') && isDigit(at(start + 1))) {
            return number(start);
        }
        if (isNameStart(c)) {
            return name(start);
        }
        if (c == '-') {
            throw invalid("position " + (start + 1) + ": negation (-) is not supported; only a number may have a sign");
        }
        if (c == '@') {
            throw invalid("position " + (start + 1) + ": parameter aliases (@name) are not supported");
        }
        String shown = Character.isISOControl(c) || Character.isSurrogate(c)
                ? String.format("U+%04X", (int) c) : "'" + c + "'";
        throw invalid("position " + (start + 1) + ": unexpected character " + shown);
    }

    private ODataToken punctuation(Kind kind) {
        index++;
        return new ODataToken(kind, input.substring(index - 1, index), null, index);
    }

    /** A quoted string; {@code tokenStart} is before the quote when an enum type name precedes it. */
    private ODataToken string(int quote, int tokenStart) {
        StringBuilder value = new StringBuilder();
        int i = quote + 1;
        while (true) {
            if (i >= input.length()) {
                throw invalid("position " + (quote + 1) + ": the string has no closing quote");
            }
            char c = input.charAt(i++);
            if (c == '\'') {
                if (i < input.length() && input.charAt(i) == '\'') {
                    i++;
                } else {
                    break;
                }
            }
            value.append(c);
        }
        index = i;
        return new ODataToken(Kind.STRING, input.substring(tokenStart, i), value.toString(), tokenStart + 1);
    }

    private ODataToken name(int start) {
        index++;
        while (isNamePart(at(index)) || at(index) == '.' && isNameStart(at(index + 1)) && at(index + 1) != '$') {
            index++;
        }
        String name = input.substring(start, index);
        if (at(index) == '\'') {
            if (name.indexOf('.') > 0) {
                // Namespace.EnumType'Value': the value is all we use, our lookups being Edm.String
                return string(index, start);
            }
            if (UNSUPPORTED_LITERALS.contains(name.toLowerCase(Locale.ROOT))) {
                throw invalid("position " + (start + 1) + ": " + name + " literals are not supported");
            }
        }
        return new ODataToken(Kind.NAME, name, null, start + 1);
    }

    private ODataToken number(int start) {
        int i = start;
        if (!isDigit(input.charAt(i))) {
            i++;
        }
        int digits = i;
        i = skipDigits(i);
        if (i - start == 4 && i - digits == 4 && at(i) == '-') {
            // yyyy-: nothing else starts so, OData having no '-' operator
            ODataToken temporal = ODataDateTimes.scan(input, start);
            index = start + temporal.text().length();
            return temporal;
        }
        boolean decimal = false;
        if (at(i) == '.' && isDigit(at(i + 1))) {
            i = skipDigits(i + 1);
            decimal = true;
        }
        if (at(i) == 'e' || at(i) == 'E') {
            int exponent = at(i + 1) == '-' || at(i + 1) == '+' ? i + 2 : i + 1;
            if (isDigit(at(exponent))) {
                i = skipDigits(exponent);
                decimal = true;
            }
        }
        if (isNamePart(at(i)) || at(i) == '.') {
            int end = i;
            while (isNamePart(at(end)) || at(end) == '.') {
                end++;
            }
            throw invalid("position " + (start + 1) + ": " + ODataToken.shorten(input.substring(start, end))
                    + " is not a number");
        }
        index = i;
        String text = input.substring(start, i);
        if (text.length() > MAX_NUMBER_LENGTH) {
            throw invalid("position " + (start + 1) + ": the number " + ODataToken.shorten(text) + " is too long");
        }
        return decimal ? decimal(text, start) : integer(text, start);
    }

    private static ODataToken integer(String text, int start) {
        try {
            return new ODataToken(Kind.INTEGER, text, Long.parseLong(text), start + 1);
        } catch (NumberFormatException e) {
            throw invalid("position " + (start + 1) + ": the integer " + text + " is out of range for Edm.Int64");
        }
    }

    private static ODataToken decimal(String text, int start) {
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) { // an exponent beyond int
            value = null;
        }
        if (value == null || value.scale() > MAX_DECIMAL_DIGITS
                || (long) value.precision() - value.scale() > MAX_DECIMAL_DIGITS) {
            throw invalid("position " + (start + 1) + ": the number " + text + " is out of range");
        }
        return new ODataToken(Kind.DECIMAL, text, value, start + 1);
    }

    private int skipDigits(int from) {
        int i = from;
        while (isDigit(at(i))) {
            i++;
        }
        return i;
    }

    /** The character at {@code i}, or NUL past the end: no rule accepts NUL, so scanning stops there. */
    private char at(int i) {
        return i < input.length() ? input.charAt(i) : '\0';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** $ starts $it, $root…, which the parser names as unsupported. */
    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '$';
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
