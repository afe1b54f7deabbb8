package org.realtycrm.platform.persistence;

/**
 * Builds rows in PostgreSQL's COPY text format: tab-separated columns, {@code \N} for null, and backslash escapes
 * for the characters that would break a row apart. What the set-based chunk writers stream through
 * {@code CopyManager.copyIn}.
 */
public final class CopyText {

    private final StringBuilder text = new StringBuilder(1 << 16);
    private boolean rowStarted;

    public CopyText add(Object value) {
        if (rowStarted) {
            text.append('\t');
        }
        rowStarted = true;
        if (value == null) {
            text.append("\\N");
            return this;
        }
        String string = value.toString();
        int first = firstToEscape(string);
        if (first < 0) {
            // the common case (sealed values are base64, most names plain): one copy instead of one per character
            text.append(string);
            return this;
        }
        text.append(string, 0, first);
        for (int i = first; i < string.length(); i++) {
            char c = string.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\0' -> { } // PostgreSQL text cannot hold NUL
                default -> text.append(c);
            }
        }
        return this;
    }

    private static int firstToEscape(String string) {
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r' || c == '\0') {
                return i;
            }
        }
        return -1;
    }

    public CopyText endRow() {
        text.append('\n');
        rowStarted = false;
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
