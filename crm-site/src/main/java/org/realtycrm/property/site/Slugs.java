package org.realtycrm.property.site;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Readable URL parts: "123 Main St #4, Austin" → "123-main-st-4-austin". */
public final class Slugs {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final int MAX = 80;

    private Slugs() {
    }

    public static String of(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String slug = NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = trimDashes(slug.length() > MAX ? slug.substring(0, MAX) : slug);
        return slug.isEmpty() ? "home" : slug;
    }

    private static String trimDashes(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
