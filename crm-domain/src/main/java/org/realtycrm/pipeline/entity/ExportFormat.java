package org.realtycrm.pipeline.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * A platform's file: its header, and the rows one owner gives (none when the platform cannot use them: no email for
 * Mailchimp, no address for a letter, no callable phone for a dialer).
 */
public interface ExportFormat {

    List<String> header();

    List<List<String>> rows(ExportRecord record);

    /** SHA-256 of the UTF-8 text, lower-case hex: what Meta and Google match hashed identifiers by. */
    static String sha256(String normalised) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hash of a normalised identifier; an empty one stays empty (the platforms read it as "not given"). */
    static String hashed(String normalised) {
        return normalised.isEmpty() ? "" : sha256(normalised);
    }

    /** An email as both audiences normalise it: trimmed, lower case. */
    static String email(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Lower case, without anything but letters and digits (names, cities as the ad platforms normalise them). */
    static String letters(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The five-digit ZIP of a US ZIP or ZIP+4. */
    static String zip5(String zip) {
        return zip == null ? "" : zip.length() >= 5 ? zip.substring(0, 5) : zip;
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
