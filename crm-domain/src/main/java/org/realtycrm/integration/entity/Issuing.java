package org.realtycrm.integration.entity;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.realtycrm.platform.problem.InvalidInputException;

/** What issuing an integration's credentials takes: random ids and secrets, and a name an admin gives them. */
final class Issuing {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Issuing() {
    }

    /** {@code bytes} random bytes as lower-case hex: 12 for a public id, 32 (256 bits) for a secret. */
    static String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }

    /** The text stripped, when it is not blank and at most {@code maxLength} characters; else refused. */
    static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "must not be blank");
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new InvalidInputException(field, "must be at most " + maxLength + " characters");
        }
        return stripped;
    }
}
