package org.realtycrm.it.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/**
 * Lead input as the API takes it. {@link #newLead()} is valid and unique (its own last name, email and phone);
 * each method changes one field, {@link #set} and {@link #without} write anything, valid or not.
 */
public final class LeadJson {

    /** The fields {@code PUT /leads/{id}} takes back from a lead as returned. */
    private static final List<String> EDITABLE = List.of("firstName", "lastName", "email", "phones", "source",
            "status", "temperature", "nextFollowUpAt", "notes", "leadType", "postalCode", "city", "price", "language",
            "version");

    private final Map<String, JsonValue> fields = new LinkedHashMap<>();

    private LeadJson() {
    }

    public static LeadJson newLead() {
        return new LeadJson()
                .firstName("Maria")
                .lastName(Unique.name())
                .email(Unique.email("lead"))
                .phone(Unique.usPhone().national())
                .source("Zillow");
    }

    /** The input that would leave a lead as returned unchanged, with its {@code version}: the start of a PUT. */
    public static LeadJson from(JsonObject lead) {
        LeadJson json = new LeadJson();
        EDITABLE.stream().filter(lead::containsKey).forEach(field -> json.fields.put(field, lead.get(field)));
        return json;
    }

    public LeadJson firstName(String firstName) {
        return set("firstName", firstName);
    }

    public LeadJson lastName(String lastName) {
        return set("lastName", lastName);
    }

    public LeadJson email(String email) {
        return set("email", email);
    }

    /** Replaces the phones by this one mobile number. */
    public LeadJson phone(String number) {
        return phones(number);
    }

    /** Replaces the phones by these mobile numbers. */
    public LeadJson phones(String... numbers) {
        JsonArrayBuilder phones = Json.createArrayBuilder();
        for (String number : numbers) {
            phones.add(Json.createObjectBuilder().add("number", number).add("type", "MOBILE"));
        }
        return set("phones", phones.build());
    }

    public LeadJson source(String source) {
        return set("source", source);
    }

    public LeadJson status(String status) {
        return set("status", status);
    }

    public LeadJson temperature(String temperature) {
        return set("temperature", temperature);
    }

    public LeadJson assignedTo(long userId) {
        return set("assignedTo", Json.createValue(userId));
    }

    public LeadJson nextFollowUpAt(String instant) {
        return set("nextFollowUpAt", instant);
    }

    public LeadJson notes(String notes) {
        return set("notes", notes);
    }

    public LeadJson version(long version) {
        return set("version", Json.createValue(version));
    }

    /** Any field, any value: {@code null} writes JSON {@code null}. */
    public LeadJson set(String field, String value) {
        return set(field, value == null ? JsonValue.NULL : Json.createValue(value));
    }

    public LeadJson set(String field, JsonValue value) {
        fields.put(field, value);
        return this;
    }

    /** Leaves the field out altogether. */
    public LeadJson without(String field) {
        fields.remove(field);
        return this;
    }

    public JsonObject build() {
        JsonObjectBuilder builder = Json.createObjectBuilder();
        fields.forEach(builder::add);
        return builder.build();
    }

    @Override
    public String toString() {
        return build().toString();
    }
}
