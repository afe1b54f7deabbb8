package org.realtycrm.it.support;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Reads an activity's {@code changes}: field → {@code {"from", "to"}}, as text; {@code null} when empty. */
public final class Changes {

    private Changes() {
    }

    public static String from(JsonObject changes, String field) {
        return text(changes, field, "from");
    }

    public static String to(JsonObject changes, String field) {
        return text(changes, field, "to");
    }

    private static String text(JsonObject changes, String field, String side) {
        if (!changes.containsKey(field)) {
            throw new AssertionError("no change of " + field + " in " + changes);
        }
        JsonValue value = changes.getJsonObject(field).getOrDefault(side, JsonValue.NULL);
        if (value == JsonValue.NULL) {
            return null;
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }
}
