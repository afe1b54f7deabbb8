package org.realtycrm.property.control;

/**
 * One token of a {@code $filter}: its kind, its text as the client wrote it (error messages quote it), the decoded
 * value of a literal, and its 1-based position, which every syntax error names.
 */
record ODataToken(Kind kind, String text, Object value, int position) {

    /** Longer input is cut in messages: a hostile client may send megabytes, and the message is echoed back. */
    private static final int SHOWN = 40;

    enum Kind {
        /** a field, keyword, function or enum type name, dotted or not (geo.distance); no value */
        NAME,
        /** a String value: between quotes with '' decoded, or an enum-qualified literal Ns.Type'Value' */
        STRING,
        /** a Long value */
        INTEGER,
        /** a BigDecimal value */
        DECIMAL,
        /** a LocalDate value */
        DATE,
        /** an OffsetDateTime value, normalised to UTC */
        DATE_TIME_OFFSET,
        OPEN,
        CLOSE,
        COMMA,
        SLASH,
        /** after a lambda variable: {@code any(a: …)} */
        COLON,
        END
    }

    boolean isName(String name) {
        return kind == Kind.NAME && text.equals(name);
    }

    /** How a message shows the token; string literals bring their own quotes. */
    String describe() {
        if (kind == Kind.END) {
            return "the end of the filter";
        }
        return kind == Kind.STRING ? shorten(text) : "'" + shorten(text) + "'";
    }

    static String shorten(String text) {
        return text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text;
    }
}
