package org.realtycrm.pipeline.entity;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;

/**
 * The stored form of traced contacts (a list row's and the skip-trace cache's {@code contacts}, sealed by the caller):
 * {@code {"phones": [{"number","lineType","dnc","litigator"}], "emails": ["..."]}}; and of a row's other columns
 * ({@code extra}: header → value, where a list traced already keeps its phones). One place writes and reads them.
 */
public final class ContactsJson {

    /** What a stored value holds. */
    public record Contacts(List<TracedPhone> phones, List<String> emails) {

        public static final Contacts NONE = new Contacts(List.of(), List.of());
    }

    /** Looked up once: {@code Json.createObjectBuilder()} and its kin look the provider up again at each call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private ContactsJson() {
    }

    public static String write(List<TracedPhone> phones, List<String> emails) {
        return JSON.createObjectBuilder().add("phones", phoneArray(phones)).add("emails", emailArray(emails)).build()
                .toString();
    }

    /** @param json {@code null} (not traced yet) reads as no contacts */
    public static Contacts read(String json) {
        if (json == null || json.isBlank()) {
            return Contacts.NONE;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            JsonObject contacts = reader.readObject();
            return new Contacts(contacts.getJsonArray("phones").getValuesAs(JsonObject.class).stream()
                    .map(phone -> new TracedPhone(phone.getString("number"),
                            LineType.valueOf(phone.getString("lineType")), phone.getBoolean("dnc"),
                            phone.getBoolean("litigator"))).toList(),
                    contacts.getJsonArray("emails").getValuesAs(JsonString.class).stream()
                            .map(JsonString::getString).toList());
        }
    }

    /** A row's columns the mapping does not name, header → value. */
    public static String writeColumns(Map<String, String> columns) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        columns.forEach(json::add);
        return json.build().toString();
    }

    public static Map<String, String> readColumns(String json) {
        Map<String, String> columns = new LinkedHashMap<>();
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            reader.readObject().forEach((name, value) -> columns.put(name, ((JsonString) value).getString()));
        }
        return columns;
    }

    private static JsonArrayBuilder phoneArray(List<TracedPhone> phones) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (TracedPhone phone : phones) {
            array.add(JSON.createObjectBuilder().add("number", phone.number())
                    .add("lineType", phone.lineType().name()).add("dnc", phone.dnc())
                    .add("litigator", phone.litigator()));
        }
        return array;
    }

    private static JsonArrayBuilder emailArray(List<String> emails) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        emails.forEach(array::add);
        return array;
    }
}
