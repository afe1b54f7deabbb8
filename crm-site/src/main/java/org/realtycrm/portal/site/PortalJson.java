package org.realtycrm.portal.site;

import java.io.StringReader;
import java.time.Instant;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Reading the core's JSON answers, where any field may be null or missing, and writing the site's bodies. */
final class PortalJson {

    /** Found once: {@code Json.createObjectBuilder()} looks the provider up with a ServiceLoader at every call. */
    static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private PortalJson() {
    }

    /** The JSON object an answer holds; an answer that is not one is the core's fault, said as such. */
    static JsonObject object(String text) {
        try (JsonReader reader = READERS.createReader(new StringReader(text == null ? "" : text))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a JSON object", e);
        }
    }

    static String text(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value instanceof JsonString string ? string.getString() : null;
    }

    static String requiredText(JsonObject json, String name) {
        String value = text(json, name);
        if (value == null) {
            throw new IllegalArgumentException("no " + name);
        }
        return value;
    }

    static Long whole(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value instanceof JsonNumber number ? number.longValueExact() : null;
    }

    static long requiredWhole(JsonObject json, String name) {
        Long value = whole(json, name);
        if (value == null) {
            throw new IllegalArgumentException("no " + name);
        }
        return value;
    }

    static Instant instant(JsonObject json, String name) {
        String value = text(json, name);
        return value == null ? null : Instant.parse(value);
    }

    static JsonObject objectOrNull(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value instanceof JsonObject object ? object : null;
    }

    /** Adds the value, or JSON null: the core's bodies name every field. */
    static JsonObjectBuilder add(JsonObjectBuilder json, String name, Object value) {
        if (value == null) {
            return json.addNull(name);
        }
        if (value instanceof Number number) {
            return json.add(name, number.longValue());
        }
        return json.add(name, value.toString());
    }
}
