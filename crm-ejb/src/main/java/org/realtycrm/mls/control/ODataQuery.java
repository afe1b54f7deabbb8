package org.realtycrm.mls.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** An OData v4 query string: system options in the order added, values percent-encoded (a space is %20, never +). */
final class ODataQuery {

    private final Map<String, String> options = new LinkedHashMap<>();

    ODataQuery with(String option, Object value) {
        if (value != null) {
            options.put(option, value.toString());
        }
        return this;
    }

    String encoded() {
        return options.entrySet().stream()
                .map(option -> option.getKey() + "=" + encode(option.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** A string literal: single quotes, a quote inside doubled. */
    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** A DateTimeOffset literal: ISO-8601 in UTC with 'Z', unquoted. */
    static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /** Percent-encodes all but RFC 3986's unreserved characters and the few OData reads unescaped ($ , ' ( ) :). */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (Character.isLetterOrDigit(c) && c < 128 || "-._~$,'():".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
