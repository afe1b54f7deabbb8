package org.realtycrm.property.rest;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.realtycrm.platform.problem.InvalidInputException;

/**
 * A request's query options, read from the raw query string, each once. A {@code +} is read as a space, as most
 * HTTP clients' encoders mean it ({@code $filter=ListPrice+gt+5}); an offset written with a raw {@code +}
 * ({@code 2025-01-01T00:00:00+05:00}) still reads right, since the filter takes a time followed by a space and
 * {@code hh:mm} as that offset. {@code %2B} is always a plus.
 */
final class ODataOptions {

    private ODataOptions() {
    }

    /** @throws InvalidInputException when an option is given twice, or is not percent-encoded properly */
    static Map<String, String> parse(String queryString) {
        Map<String, String> options = new LinkedHashMap<>();
        if (queryString == null || queryString.isEmpty()) {
            return options;
        }
        for (String pair : queryString.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (options.put(name, value) != null) {
                throw new InvalidInputException(name, "is given more than once");
            }
        }
        return options;
    }

    /** The same options with some replaced (null removes one): the query string of the next page. */
    static String with(Map<String, String> options, Map<String, String> replacements) {
        Map<String, String> next = new LinkedHashMap<>(options);
        replacements.forEach((name, value) -> {
            if (value == null) {
                next.remove(name);
            } else {
                next.put(name, value);
            }
        });
        return next.entrySet().stream()
                .map(option -> encode(option.getKey()) + "=" + encode(option.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("query", "is not percent-encoded properly: " + e.getMessage());
        }
    }

    /** Percent-encodes, keeping the characters OData URLs show plainly ($ , ' ( ) :) and a space as %20. */
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20")
                .replace("%24", "$").replace("%2C", ",").replace("%27", "'").replace("%28", "(")
                .replace("%29", ")").replace("%3A", ":");
    }
}
