package org.realtycrm.portal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;

import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.TooLargeException;
import org.realtycrm.platform.rest.JsonBodyReader;

/**
 * The JSON body of a website call, read from the bytes its signature covers: text fields only, each at most
 * {@link #MAX_FIELD} characters; a field that is not text, or missing where required, is a field error.
 */
final class VisitorBody {

    static final int MAX_BYTES = 8 * 1024;
    static final int MAX_FIELD = 1000;

    private final byte[] bytes;
    private final JsonObject json;
    private final List<FieldError> errors = new ArrayList<>();

    private VisitorBody(byte[] bytes, JsonObject json) {
        this.bytes = bytes;
        this.json = json;
    }

    /** Reads at most {@link #MAX_BYTES}, keeping the bytes as sent: the signature covers them. */
    static VisitorBody read(InputStream body, MediaType mediaType) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new TooLargeException("a website call is at most " + MAX_BYTES / 1024 + " KiB");
        }
        JsonValue value = JsonBodyReader.strictly(bytes, mediaType);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException("body", "must be a JSON object");
        }
        return new VisitorBody(bytes, value.asJsonObject());
    }

    /** The body as sent. */
    byte[] bytes() {
        return bytes;
    }

    /** The field's text; null when absent, null or blank (reported when {@code required}). */
    String text(String field, boolean required) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                errors.add(new FieldError(field, "must not be blank"));
            }
            return null;
        }
        if (!(value instanceof JsonString string)) {
            errors.add(new FieldError(field, "must be text"));
            return null;
        }
        String text = string.getString();
        if (text.length() > MAX_FIELD || text.indexOf('\0') >= 0) {
            errors.add(new FieldError(field, "must be at most " + MAX_FIELD + " characters, without NUL"));
            return null;
        }
        if (text.isBlank() && required) {
            errors.add(new FieldError(field, "must not be blank"));
        }
        return text.isBlank() ? null : text;
    }

    /** Reports every field error found so far, at once. */
    VisitorBody checked() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return this;
    }
}
