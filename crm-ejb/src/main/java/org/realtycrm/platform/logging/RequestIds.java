package org.realtycrm.platform.logging;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that ties together every log event of one HTTP request (and of the jobs it starts). A caller or a proxy in
 * front may send its own in {@value #HEADER}, so that its logs and ours share it; it is taken only when it is a plain
 * token of at most {@value #MAX_LENGTH} characters, since it is written into every log line and echoed in a header:
 * no spaces, quotes, newlines or other characters that could forge a log line or a header. Anything else is replaced.
 */
public final class RequestIds {

    /** The request header a caller may send, and the response header that always carries the id used. */
    public static final String HEADER = "X-Request-Id";

    static final int MAX_LENGTH = 64;

    // letters, digits and the separators of common id formats (UUIDs, ULIDs, nginx's $request_id, trace ids)
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

    private RequestIds() {
    }

    /** The offered id when it is sane, else a new one. */
    public static String acceptOrCreate(String offered) {
        return isSane(offered) ? offered : create();
    }

    static boolean isSane(String offered) {
        return offered != null && SANE.matcher(offered).matches();
    }

    /** A new random id (a UUID: 122 random bits, unique without coordination between servers). */
    public static String create() {
        return UUID.randomUUID().toString();
    }
}
