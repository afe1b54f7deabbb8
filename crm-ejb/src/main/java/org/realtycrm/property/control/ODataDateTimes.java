package org.realtycrm.property.control;

import static org.realtycrm.property.control.ODataFilter.invalid;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.realtycrm.property.control.ODataToken.Kind;

/**
 * Edm.Date and Edm.DateTimeOffset literals: {@code 2024-01-31} and {@code 2024-01-31T10:00[:00[.fffffffff]]} with
 * {@code Z} or {@code ±hh:mm}. A {@code +} in a query string decodes to a space, so a time followed by one space and
 * {@code hh:mm} is read as {@code +hh:mm}: clients rarely encode it as {@code %2B}, and nothing else could follow.
 */
final class ODataDateTimes {

    private static final Pattern LITERAL = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})"
            + "(?:[Tt](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d+))?)?"
            + "(?:([Zz])|([+\\- ])(\\d{2}):(\\d{2}))?)?");
    private static final int MAX_FRACTION_DIGITS = 9;

    private ODataDateTimes() {
    }

    /** @param start where four digits and a '-' are */
    static ODataToken scan(String input, int start) {
        Matcher m = LITERAL.matcher(input).region(start, input.length());
        String position = "position " + (start + 1) + ": ";
        if (!m.lookingAt()) {
            throw invalid(position + "expected a date yyyy-mm-dd, found " + ODataToken.shorten(rest(input, start)));
        }
        String text = input.substring(start, m.end());
        if (m.end() < input.length() && isLiteralPart(input.charAt(m.end()))) {
            throw invalid(position + ODataToken.shorten(rest(input, start)) + " is not a date or date-time");
        }
        LocalDate date;
        try {
            date = LocalDate.of(number(m, 1), number(m, 2), number(m, 3));
        } catch (DateTimeException e) {
            throw invalid(position + "the date " + text.substring(0, 10) + " does not exist");
        }
        if (m.group(4) == null) {
            return new ODataToken(Kind.DATE, text, date, start + 1);
        }
        if (m.group(8) == null && m.group(9) == null) {
            throw invalid(position + "the date-time " + text + " has no offset: end it with Z or ±hh:mm");
        }
        String fraction = m.group(7);
        if (fraction != null && fraction.length() > MAX_FRACTION_DIGITS) {
            throw invalid(position + "the date-time " + ODataToken.shorten(text)
                    + " has more than 9 fractional digits");
        }
        return new ODataToken(Kind.DATE_TIME_OFFSET, text, dateTime(m, date, text, position), start + 1);
    }

    private static OffsetDateTime dateTime(Matcher m, LocalDate date, String text, String position) {
        LocalTime time;
        try {
            int nanos = m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00000000").substring(0, 9));
            time = LocalTime.of(number(m, 4), number(m, 5), m.group(6) == null ? 0 : number(m, 6), nanos);
        } catch (DateTimeException e) {
            throw invalid(position + "the time in " + text + " does not exist");
        }
        ZoneOffset offset;
        try {
            int sign = "-".equals(m.group(9)) ? -1 : 1;
            offset = m.group(8) != null ? ZoneOffset.UTC
                    : ZoneOffset.ofHoursMinutes(sign * number(m, 10), sign * number(m, 11));
        } catch (DateTimeException e) {
            throw invalid(position + "the offset in " + text + " does not exist");
        }
        return OffsetDateTime.of(date, time, offset).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** A literal glued to more letters, digits or punctuation (2024-01-311, 2024-01-31T10:00:00Zx) is malformed. */
    private static boolean isLiteralPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == ':' || c == '-' || c == '+';
    }

    private static String rest(String input, int start) {
        int end = start;
        while (end < input.length() && (isLiteralPart(input.charAt(end)))) {
            end++;
        }
        return input.substring(start, end);
    }
}
