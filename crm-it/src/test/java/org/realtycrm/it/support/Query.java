package org.realtycrm.it.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * Query strings, encoded: {@code Query.of("status", "NEW", "status", "LOST", "size", 5)} is
 * {@code ?status=NEW&status=LOST&size=5}.
 */
public final class Query {

    private Query() {
    }

    public static String of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        StringJoiner query = new StringJoiner("&", "?", "");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            query.add(encode(namesAndValues[i]) + "=" + encode(namesAndValues[i + 1]));
        }
        return query.toString();
    }

    private static String encode(Object value) {
        return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
    }
}
