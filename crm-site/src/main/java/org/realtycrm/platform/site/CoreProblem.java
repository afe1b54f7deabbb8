package org.realtycrm.platform.site;

import java.io.StringReader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;

/**
 * What the core said when it refused a call: its problem document (RFC 9457, {@code application/problem+json}),
 * with the fields it found wrong ({@code errors: [{field, message}]}) by field name, first message first. An answer
 * that is not a problem document reads as an empty one: the caller decides what to say instead.
 */
public record CoreProblem(String type, String title, String detail, Map<String, String> fieldErrors) {

    /** Found once: {@code Json.createReader()} looks the provider up with a ServiceLoader at every call. */
    private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());

    public static CoreProblem of(String body) {
        JsonObject problem;
        try (JsonReader reader = JSON.createReader(new StringReader(body == null ? "" : body))) {
            problem = reader.readObject();
        } catch (RuntimeException e) {
            return new CoreProblem(null, null, null, Map.of());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        JsonValue errorList = problem.get("errors");
        if (errorList != null && errorList.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue error : errorList.asJsonArray()) {
                if (error instanceof JsonObject fieldError) {
                    errors.putIfAbsent(fieldError.getString("field", "form"),
                            fieldError.getString("message", "is not right"));
                }
            }
        }
        return new CoreProblem(problem.getString("type", null), problem.getString("title", null),
                problem.getString("detail", null), Collections.unmodifiableMap(errors));
    }

    /** Whether the problem's type ends in the name given ({@code https://realtycrm.org/problems/<name>}). */
    public boolean isA(String typeName) {
        return type != null && type.endsWith(typeName);
    }
}
