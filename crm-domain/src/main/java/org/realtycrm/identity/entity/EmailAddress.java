package org.realtycrm.identity.entity;

import java.util.Locale;
import java.util.regex.Pattern;

import org.realtycrm.platform.problem.InvalidInputException;

/** Emails are stored trimmed and lower-cased so that duplicates compare equal. */
public final class EmailAddress {

    // Deliberately simple: one @, a dot in the domain, no spaces and no control characters (which no mail system
    // takes, and which PostgreSQL's text cannot hold). Deliverability is checked by sending, not by regex.
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+$");
    public static final int MAX_LENGTH = 254;

    private EmailAddress() {
    }

    /** @return the canonical form, or {@code null} for a blank input */
    public static String normalize(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String email = raw.trim().toLowerCase(Locale.ROOT);
        if (email.length() > MAX_LENGTH || !SHAPE.matcher(email).matches()) {
            throw new InvalidInputException(field, "is not a valid email address");
        }
        return email;
    }
}
