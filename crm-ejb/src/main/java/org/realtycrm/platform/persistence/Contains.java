package org.realtycrm.platform.persistence;

import java.util.Locale;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

/**
 * Case-insensitive "contains" for free-text search. What the user typed is matched literally: {@code %} and
 * {@code _} are wildcards only in SQL, never in a search box.
 */
public final class Contains {

    /** The escape character of {@link #pattern}; native SQL names it in its {@code escape} clause. */
    public static final char ESCAPE = '\\';

    private Contains() {
    }

    /** @param lowerCased an expression whose values are already lower case (or wrap it in {@code cb.lower}) */
    public static Predicate text(CriteriaBuilder cb, Expression<String> lowerCased, String typed) {
        return cb.like(lowerCased, pattern(typed), ESCAPE);
    }

    /** The LIKE pattern that finds {@code typed} literally, lower-cased, anywhere in a value. */
    public static String pattern(String typed) {
        String literal = typed.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + literal + "%";
    }
}
