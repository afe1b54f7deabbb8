package org.realtycrm.platform.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.TooLargeException;
import org.realtycrm.platform.problem.UnsupportedContentException;

/**
 * Reads every JSON request body of the API, strictly: UTF-8 only (RFC 8259; a body declared in another charset is
 * refused, not guessed), one JSON value and nothing after it, at most {@value #MAX_BYTES} bytes, and each field of
 * the type its request class declares ({@link JsonShape}). Only then does JSON-B bind it. Whatever is wrong is
 * answered in plain words, with the field and, for broken JSON, the line and column, never the parser's internals.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
@Priority(Priorities.USER)
public class JsonBodyReader implements MessageBodyReader<Object> {

    /** No request body of this API comes near this: a lead with every field at its limit is about 12 KB. */
    static final int MAX_BYTES = 1 << 20;

    private static final Set<String> UTF_8_NAMES = Set.of("utf-8", "utf8");

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        // the API's own request classes; JSON-P values and streams are read by the runtime as usual
        return type.getName().startsWith("org.realtycrm.");
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        declaredUtf8(mediaType);
        String text = utf8(body);
        if (text.isBlank()) {
            return null; // no body: the resource's @NotNull says what is missing
        }
        JsonValue value = parse(text);
        List<FieldError> errors;
        try {
            errors = JsonShape.check(value, genericType);
        } catch (ArithmeticException | NumberFormatException tooLarge) {
            throw new MalformedBodyException("body", "has a number too large to read");
        }
        if (!errors.isEmpty()) {
            throw new MalformedBodyException(errors);
        }
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        try {
            return JsonConfig.JSONB.fromJson(text, genericType);
        } catch (JsonbException unbindable) {
            // the shape was checked above, so this is a value JSON-B cannot represent: say so without its internals
            throw new MalformedBodyException("body", "does not fit this request");
        }
    }

    private static String utf8(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new TooLargeException("a JSON body may have at most " + MAX_BYTES + " bytes");
        }
        return utf8(bytes);
    }

    /**
     * A body the resource had to keep as bytes (a signed delivery: the signature covers the bytes as sent), read by
     * the same rules as every other: UTF-8, one JSON value and nothing after it.
     */
    public static JsonValue strictly(byte[] bytes, MediaType mediaType) {
        declaredUtf8(mediaType);
        return parse(utf8(bytes));
    }

    private static void declaredUtf8(MediaType mediaType) {
        String charset = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !UTF_8_NAMES.contains(charset.toLowerCase(Locale.ROOT))) {
            throw new UnsupportedContentException("JSON bodies must be UTF-8; this one is declared as " + charset);
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new UnsupportedContentException("the body is not UTF-8 text; JSON bodies must be UTF-8");
        }
    }

    private static JsonValue parse(String text) {
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            JsonValue value;
            try {
                parser.next();
                value = parser.getValue();
            } catch (JsonParsingException broken) {
                throw new MalformedBodyException("body", "is not valid JSON " + at(broken.getLocation()));
            }
            try {
                if (parser.hasNext()) {
                    throw new MalformedBodyException("body", "has more after the JSON value");
                }
            } catch (JsonParsingException trailing) {
                throw new MalformedBodyException("body", "has more after the JSON value " + at(trailing.getLocation()));
            }
            return value;
        } catch (MalformedBodyException answered) {
            throw answered;
        } catch (RuntimeException broken) {
            // the parser's other refusals: nesting deeper than it allows, a number literal too long or too large
            throw new MalformedBodyException("body", "is not JSON this API reads (too deeply nested, or a number "
                    + "too long or too large)");
        }
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : "(line " + location.getLineNumber() + ", column " + location.getColumnNumber()
                + ")";
    }
}
