package org.realtycrm.platform.rest;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;

import org.realtycrm.platform.problem.FieldError;

/**
 * Checks that a parsed JSON body has the shape of the request class it is bound to, before anything is bound: JSON-B
 * on its own coerces (a number into a name, {@code 1.5} into the id 1, a list into a temperature), and a request must
 * mean what its sender wrote. Each wrong field is reported with its path as sent ({@code phones[0].number}) and a
 * reason in plain words. Unknown members are left alone, as JSON-B leaves them.
 */
final class JsonShape {

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 9999;

    private final List<FieldError> errors = new ArrayList<>();

    private JsonShape() {
    }

    /** @return the fields whose value does not fit the type they are bound to; empty when the body fits */
    static List<FieldError> check(JsonValue body, Type type) {
        JsonShape shape = new JsonShape();
        if (body.getValueType() != JsonValue.ValueType.NULL) {
            shape.value("", body, type);
        }
        return shape.errors;
    }

    private void value(String path, JsonValue value, Type type) {
        Class<?> raw = rawClass(type);
        if (raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
            return;
        }
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                fail(path, "must not be null");
            }
            return;
        }
        if (raw == String.class || raw.isEnum()) {
            text(path, value, s -> { });
        } else if (raw == Long.class || raw == long.class) {
            whole(path, value, Long.MIN_VALUE, Long.MAX_VALUE);
        } else if (raw == Integer.class || raw == int.class) {
            whole(path, value, Integer.MIN_VALUE, Integer.MAX_VALUE);
        } else if (raw == BigDecimal.class || raw == Double.class || raw == double.class) {
            expect(path, value, JsonValue.ValueType.NUMBER, "must be a number");
        } else if (raw == Boolean.class || raw == boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                fail(path, "must be true or false");
            }
        } else if (raw == OffsetDateTime.class || raw == Instant.class) {
            text(path, value, s -> year(path, OffsetDateTime.parse(s).getYear()));
        } else if (raw == LocalDate.class) {
            text(path, value, s -> year(path, LocalDate.parse(s).getYear()));
        } else if (List.class.isAssignableFrom(raw) || raw == Collection.class || raw == java.util.Set.class) {
            list(path, value, elementType(type));
        } else if (raw == Map.class && keyType(type) == String.class && valueType(type) != Object.class) {
            map(path, value, valueType(type));
        } else if (raw.getName().startsWith("org.realtycrm.") && !raw.isRecord() && !raw.isInterface()) {
            object(path, value, raw);
        } else {
            // fail closed: a request class with a field this check does not know would be bound unchecked
            throw new IllegalStateException("JsonShape cannot check " + path + " of type " + type
                    + ": request classes have public fields of the types it reads; teach it this one");
        }
    }

    private void text(String path, JsonValue value, Consumer<String> parse) {
        if (!expect(path, value, JsonValue.ValueType.STRING, "must be text")) {
            return;
        }
        String text = ((JsonString) value).getString();
        if (text.indexOf('\0') >= 0) {
            // PostgreSQL cannot store it, and no name, note or address has one
            fail(path, "must not contain the NUL character");
            return;
        }
        try {
            parse.accept(text);
        } catch (DateTimeParseException notADate) {
            fail(path, "must be a date and time with its offset, such as 2026-11-23T16:00:00Z");
        }
    }

    /** Years a person means, and that PostgreSQL and every client can store. */
    private void year(String path, int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            fail(path, "must be a date between the years " + MIN_YEAR + " and " + MAX_YEAR);
        }
    }

    private void whole(String path, JsonValue value, long min, long max) {
        if (!expect(path, value, JsonValue.ValueType.NUMBER, "must be a whole number")) {
            return;
        }
        BigDecimal number = ((JsonNumber) value).bigDecimalValue();
        if (number.stripTrailingZeros().scale() > 0) {
            fail(path, "must be a whole number");
        } else if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            fail(path, "is out of range");
        }
    }

    private void list(String path, JsonValue value, Type elementType) {
        if (!expect(path, value, JsonValue.ValueType.ARRAY, "must be a list")) {
            return;
        }
        JsonArray array = (JsonArray) value;
        for (int i = 0; i < array.size(); i++) {
            String itemPath = path + "[" + i + "]";
            if (array.get(i).getValueType() == JsonValue.ValueType.NULL) {
                fail(itemPath, "must not be null");
            } else {
                value(itemPath, array.get(i), elementType);
            }
        }
    }

    /** An object of names to values of one type (settings by name). */
    private void map(String path, JsonValue value, Type valueType) {
        if (!expect(path, value, JsonValue.ValueType.OBJECT, "must be an object")) {
            return;
        }
        value.asJsonObject().forEach((name, item) -> value(path + "." + name, item, valueType));
    }

    private void object(String path, JsonValue value, Class<?> type) {
        if (!expect(path, value, JsonValue.ValueType.OBJECT, "must be an object")) {
            return;
        }
        JsonObject object = (JsonObject) value;
        for (Field field : type.getFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            String name = propertyName(field);
            if (object.containsKey(name)) {
                value(path.isEmpty() ? name : path + "." + name, object.get(name), field.getGenericType());
            }
        }
    }

    private boolean expect(String path, JsonValue value, JsonValue.ValueType wanted, String otherwise) {
        if (value.getValueType() == wanted) {
            return true;
        }
        fail(path, otherwise);
        return false;
    }

    private void fail(String path, String message) {
        errors.add(new FieldError(path.isEmpty() ? "body" : path, message));
    }

    private static String propertyName(Field field) {
        JsonbProperty renamed = field.getAnnotation(JsonbProperty.class);
        return renamed == null || renamed.value().isEmpty() ? field.getName() : renamed.value();
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Type keyType(Type map) {
        return map instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
    }

    private static Type valueType(Type map) {
        return map instanceof ParameterizedType p ? p.getActualTypeArguments()[1] : Object.class;
    }

    private static Type elementType(Type collection) {
        return collection instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
    }
}
