package org.realtycrm.property.rest;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;

/**
 * Writes the RESO Web API's answers as OData JSON with minimal metadata: records as field-value objects, the
 * collection's {@code @odata.context}, {@code @odata.count} and {@code @odata.nextLink}, and OData's error object.
 * Decimals are JSON numbers ({@code IEEE754Compatible=false}); timestamps ISO 8601 in UTC with {@code Z}.
 */
final class ResoJson {

    static final String CONTENT_TYPE = "application/json;odata.metadata=minimal;IEEE754Compatible=false;charset=utf-8";
    /** Built once: the JSON provider is looked up anew by each {@code Json.create…} call. */
    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    private ResoJson() {
    }

    /** The service document: every entity set, by name and URL. */
    static void serviceDocument(Writer out, String context, List<String> entitySets) throws IOException {
        try (JsonGenerator json = GENERATORS.createGenerator(out)) {
            json.writeStartObject().write("@odata.context", context).writeStartArray("value");
            for (String entitySet : entitySets) {
                json.writeStartObject().write("name", entitySet).write("kind", "EntitySet").write("url", entitySet)
                        .writeEnd();
            }
            json.writeEnd().writeEnd();
        }
    }

    static void collection(Writer out, String context, Long count, List<Map<String, Object>> rows, String nextLink,
            String origin) throws IOException {
        try (JsonGenerator json = GENERATORS.createGenerator(out)) {
            json.writeStartObject().write("@odata.context", context);
            if (count != null) {
                json.write("@odata.count", count);
            }
            json.writeStartArray("value");
            for (Map<String, Object> row : rows) {
                record(json, row, origin);
            }
            json.writeEnd();
            if (nextLink != null) {
                json.write("@odata.nextLink", nextLink);
            }
            json.writeEnd();
        }
    }

    static void entity(Writer out, String context, Map<String, Object> row, String origin) throws IOException {
        try (JsonGenerator json = GENERATORS.createGenerator(out)) {
            json.writeStartObject().write("@odata.context", context);
            fields(json, row, origin);
            json.writeEnd();
        }
    }

    /** OData's error object (OData JSON Format §21): a code, a message, and what it is about. */
    static void error(Writer out, int status, String message, String target) throws IOException {
        try (JsonGenerator json = GENERATORS.createGenerator(out)) {
            json.writeStartObject().writeStartObject("error").write("code", String.valueOf(status))
                    .write("message", message);
            if (target != null) {
                json.write("target", target);
            }
            json.writeEnd().writeEnd();
        }
    }

    private static void record(JsonGenerator json, Map<String, Object> row, String origin) {
        json.writeStartObject();
        fields(json, row, origin);
        json.writeEnd();
    }

    @SuppressWarnings("unchecked")
    private static void fields(JsonGenerator json, Map<String, Object> row, String origin) {
        for (Map.Entry<String, Object> field : row.entrySet()) {
            String name = field.getKey();
            Object value = field.getValue();
            if (value == null) {
                json.writeNull(name);
            } else if (value instanceof List<?> list) {
                // a collection's values, or the related records of an expansion
                json.writeStartArray(name);
                for (Object element : list) {
                    if (element instanceof String text) {
                        json.write(text);
                    } else {
                        record(json, (Map<String, Object>) element, origin);
                    }
                }
                json.writeEnd();
            } else if (value instanceof String text) {
                // our photo addresses are paths on this server: the client gets them whole
                json.write(name, name.equals("MediaURL") && text.startsWith("/") ? origin + text : text);
            } else if (value instanceof Long number) {
                json.write(name, number);
            } else if (value instanceof BigDecimal number) {
                json.write(name, number);
            } else if (value instanceof Boolean flag) {
                json.write(name, flag);
            } else if (value instanceof LocalDate date) {
                json.write(name, date.toString());
            } else if (value instanceof OffsetDateTime time) {
                json.write(name, DateTimeFormatter.ISO_INSTANT.format(time));
            } else {
                throw new IllegalStateException("no JSON form for " + value.getClass().getName() + " in " + name);
            }
        }
    }
}
