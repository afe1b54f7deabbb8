package org.realtycrm.platform.site;

/**
 * A one-line text a visitor typed (a search's words, a city, a saved search's name), made into what the core takes of
 * such a field: no control character, no surrounding space, at most so many characters.
 */
public final class TypedText {

    private TypedText() {
    }

    /**
     * Null when blank; else with each control character (a pasted tab or line break, a NUL) as a space, stripped, and
     * cut to at most {@code max} characters (UTF-16 units, as the core counts them), never in the middle of a
     * character that takes two.
     */
    public static String line(String value, int max) {
        if (value == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(value.length());
        value.chars().forEach(c -> text.append(Character.isISOControl(c) ? ' ' : (char) c));
        String line = text.toString().strip();
        if (line.length() > max) {
            int end = Character.isHighSurrogate(line.charAt(max - 1)) ? max - 1 : max;
            line = line.substring(0, end).strip();
        }
        return line.isEmpty() ? null : line;
    }
}
