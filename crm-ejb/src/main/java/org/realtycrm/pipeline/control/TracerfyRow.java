package org.realtycrm.pipeline.control;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.realtycrm.pipeline.entity.PostalAddress;
import org.realtycrm.pipeline.entity.SkipTraceRequest;

/**
 * One owner as Tracerfy's batch trace takes it: a row of {@code json_data} whose columns are named as Tracerfy's
 * documented records name their fields ({@code address}, {@code city}, {@code state}, {@code first_name},
 * {@code last_name}, {@code mail_address}, …), so that the records it answers with echo the same values. Those echoes
 * are all a record has to say whose it is — Tracerfy takes no caller key — so this class also gives the keys records
 * are matched on: property address and owner name, and property address alone, compared without case, punctuation or
 * the difference between a street suffix and its USPS abbreviation (Tracerfy cleans rows before tracing).
 *
 * <p>The property address is the request's property, or its mailing address when it has none. A request named only
 * by a full name goes in as first name = all but the last word, last name = the last word ("Mary Ann Smith" → "Mary
 * Ann", "Smith"): Tracerfy's normal trace matches a person by first and last name and has no field for a full one.
 */
record TracerfyRow(String address, String city, String state, String zip, String firstName, String lastName,
                   String mailAddress, String mailCity, String mailState, String mailZip) {

    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^A-Z0-9]+");
    private static final Map<String, String> USPS_ABBREVIATIONS = Map.ofEntries(
            Map.entry("STREET", "ST"), Map.entry("AVENUE", "AVE"), Map.entry("ROAD", "RD"), Map.entry("DRIVE", "DR"),
            Map.entry("LANE", "LN"), Map.entry("BOULEVARD", "BLVD"), Map.entry("COURT", "CT"),
            Map.entry("CIRCLE", "CIR"), Map.entry("PLACE", "PL"), Map.entry("TERRACE", "TER"),
            Map.entry("PARKWAY", "PKWY"), Map.entry("HIGHWAY", "HWY"), Map.entry("TRAIL", "TRL"),
            Map.entry("SUITE", "STE"), Map.entry("APARTMENT", "APT"), Map.entry("NORTH", "N"), Map.entry("SOUTH", "S"),
            Map.entry("EAST", "E"), Map.entry("WEST", "W"), Map.entry("NORTHEAST", "NE"), Map.entry("NORTHWEST", "NW"),
            Map.entry("SOUTHEAST", "SE"), Map.entry("SOUTHWEST", "SW"));

    static TracerfyRow of(SkipTraceRequest request) {
        PostalAddress property = request.propertyOrMailing();
        PostalAddress mailing = request.mailing();
        String first;
        String last;
        if (request.lastName() != null) {
            first = Optional.ofNullable(request.firstName()).orElse("");
            last = request.lastName();
        } else {
            String full = request.fullName();
            int split = full.lastIndexOf(' ');
            first = split < 0 ? "" : full.substring(0, split).strip();
            last = split < 0 ? full : full.substring(split + 1);
        }
        return new TracerfyRow(property.street(), property.city(), property.state(), property.zip(), first, last,
                mailing.street(), mailing.city(), mailing.state(), mailing.zip());
    }

    /** The body of {@code POST /v1/api/trace/}: the rows as {@code json_data} and which column holds what. */
    static JsonObject traceRequest(List<TracerfyRow> rows) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        rows.forEach(row -> data.add(row.toJson()));
        return Json.createObjectBuilder()
                // documented as a string holding the raw JSON array, not as a nested array
                .add("json_data", data.build().toString())
                .add("address_column", "address")
                .add("city_column", "city")
                .add("state_column", "state")
                .add("zip_column", "zip")
                .add("first_name_column", "first_name")
                .add("last_name_column", "last_name")
                .add("mail_address_column", "mail_address")
                .add("mail_city_column", "mail_city")
                .add("mail_state_column", "mail_state")
                .add("mailing_zip_column", "mailing_zip")
                .add("trace_type", "normal")
                .build();
    }

    JsonObject toJson() {
        return Json.createObjectBuilder()
                .add("address", address).add("city", city).add("state", state).add("zip", zip)
                .add("first_name", firstName).add("last_name", lastName)
                .add("mail_address", mailAddress).add("mail_city", mailCity).add("mail_state", mailState)
                .add("mailing_zip", mailZip)
                .build();
    }

    /** Property address and owner name. */
    String ownerKey() {
        return addressKey() + "|" + plain(firstName) + "|" + plain(lastName);
    }

    String addressKey() {
        return address(address) + "|" + address(city) + "|" + plain(state);
    }

    /** {@link #ownerKey()} of a record Tracerfy answered with. */
    static String ownerKey(JsonObject record) {
        return addressKey(record) + "|" + plain(text(record, "first_name")) + "|" + plain(text(record, "last_name"));
    }

    static String addressKey(JsonObject record) {
        return address(text(record, "address")) + "|" + address(text(record, "city")) + "|"
                + plain(text(record, "state"));
    }

    /** A record's field as text: documented as strings (empty when unknown), read as well when sent as a number. */
    static String text(JsonObject record, String field) {
        JsonValue value = record.get(field);
        if (value instanceof JsonString string) {
            return string.getString();
        }
        return value instanceof JsonNumber number ? number.toString() : "";
    }

    private static String plain(String value) {
        return NOT_ALPHANUMERIC.matcher(value.toUpperCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static String address(String value) {
        String words = Stream.of(plain(value).split(" "))
                .map(word -> USPS_ABBREVIATIONS.getOrDefault(word, word))
                .collect(Collectors.joining(" "));
        return words.replace("P O BOX", "PO BOX");
    }
}
