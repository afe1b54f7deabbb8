package org.realtycrm.platform.storage;

import java.util.regex.Pattern;

/**
 * The rules every {@link DocumentStore} key obeys, so that a key names the same object on every adapter and can
 * never leave the store's root: 1 to {@value #MAX_LENGTH} characters of {@code A-Z a-z 0-9 . _ -} in segments
 * separated by single {@code /}; no leading or trailing {@code /}; no segment that starts with a dot (so no
 * {@code .} or {@code ..}, and no clash with the filesystem store's own hidden files). Example:
 * {@code properties/42/media/7f3a.jpg}.
 */
public final class DocumentKeys {

    /** Within S3's limit of 1,024 bytes and short enough for any filesystem path under a root. */
    public static final int MAX_LENGTH = 512;

    /**
     * Where backup archives are kept. They are encrypted by their writer, so the filesystem store keeps them as they
     * are, readable from a copy by the restore.
     */
    public static final String BACKUPS = "backups/";

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");

    private DocumentKeys() {
    }

    /**
     * @return the key, unchanged
     * @throws IllegalArgumentException naming the rule the key breaks
     */
    public static String requireValid(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("a document key is needed");
        }
        if (key.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a document key has at most " + MAX_LENGTH + " characters: "
                    + key.substring(0, 40) + "…");
        }
        for (String segment : key.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches()) {
                throw new IllegalArgumentException("not a valid document key: \"" + printable(key) + "\" (segments "
                        + "of A-Z a-z 0-9 . _ - separated by single slashes, none starting with a dot, no leading "
                        + "or trailing slash)");
            }
        }
        return key;
    }

    public static boolean isValid(String key) {
        try {
            requireValid(key);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String printable(String key) {
        StringBuilder out = new StringBuilder();
        key.codePoints().limit(80).forEach(c -> out.append(c < 0x20 || c == 0x7f ? '?' : Character.toString(c)));
        return out.toString();
    }
}
