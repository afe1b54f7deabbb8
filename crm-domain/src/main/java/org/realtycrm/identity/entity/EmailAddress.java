package org.realtycrm.identity.entity;

import java.util.Locale;

import org.realtycrm.platform.problem.InvalidInputException;

/** Emails are stored trimmed and lower-cased so that duplicates compare equal. */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;

    private EmailAddress() {
    }

    /** @return the canonical form, or {@code null} for a blank input */
    public static String normalize(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String email = raw.trim().toLowerCase(Locale.ROOT);
        if (email.length() > MAX_LENGTH || !wellShaped(email)) {
            throw new InvalidInputException(field, "is not a valid email address");
        }
        return email;
    }

    /**
     * Deliberately simple: one @ with something before it, a dot in the domain with something on either side, no
     * whitespace and no control characters (which no mail system takes, and which PostgreSQL's text cannot hold).
     * Deliverability is checked by sending. A scan, not a regular expression: an import checks a million of these,
     * and the expression's backtracking was a twentieth of its validation.
     */
    static boolean wellShaped(String email) {
        int at = email.indexOf('@');
        if (at <= 0 || email.indexOf('@', at + 1) >= 0) {
            return false;
        }
        for (int i = 0; i < email.length(); i++) {
            char c = email.charAt(i);
            if (c <= ' ' || c == 0x7F) {
                return false;
            }
        }
        int dot = email.indexOf('.', at + 2);
        return dot >= 0 && dot < email.length() - 1;
    }
}
