package org.realtycrm.it.support;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Values no other test uses. The whole build shares one database, so every test creates its own users and leads,
 * made unique by a random per-run prefix and a counter.
 */
public final class Unique {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String RUN = letters(RANDOM.nextInt(26 * 26 * 26 * 26 * 26), 5);
    private static final AtomicInteger WORDS = new AtomicInteger();
    private static final AtomicInteger PHONES = new AtomicInteger(RANDOM.nextInt(5_000));

    // Area codes in service, and exchanges libphonenumber accepts for them (not N11, not 555, not 950/958/959/976).
    private static final String[] AREA_CODES = {"212", "312", "415", "617", "646", "650", "718"};
    private static final String AREA_CODE = AREA_CODES[RANDOM.nextInt(AREA_CODES.length)];
    private static final int FIRST_EXCHANGE = 230 + RANDOM.nextInt(300);

    private Unique() {
    }

    /**
     * A lower-case word of nine letters, e.g. {@code qmtbxaabf}. All words have the same length, so a search for
     * one never matches another.
     */
    public static String word() {
        return RUN + letters(WORDS.getAndIncrement(), 4);
    }

    /** A word with a capital first letter, for names. */
    public static String name() {
        String word = word();
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    /** An address in a domain reserved for these tests, e.g. {@code agent.qmtbxaabf@it.realtycrm.test}. */
    public static String email(String kind) {
        return kind + "." + word() + "@it.realtycrm.test";
    }

    /** A valid US number that no other test uses. */
    public static UsPhone usPhone() {
        int n = PHONES.getAndIncrement();
        int exchange = FIRST_EXCHANGE + n / 10_000;
        while (!UsPhone.isUsableExchange(exchange)) {
            exchange++;
        }
        return new UsPhone(AREA_CODE, String.valueOf(exchange), String.format("%04d", n % 10_000));
    }

    private static String letters(int value, int width) {
        char[] out = new char[width];
        for (int i = width - 1; i >= 0; i--) {
            out[i] = (char) ('a' + value % 26);
            value /= 26;
        }
        return new String(out);
    }
}
