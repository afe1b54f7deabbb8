package org.realtycrm.integration.site;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * A form as a visitor sent it: which inquiry it is, the person, their message, and what it is about. The core
 * judges the contents (docs/api.md, "Inbound leads"); this only gathers the fields, words the extra ones (a home's
 * address, a preferred time) into the message, and draws the form again with what was typed.
 */
public record InquiryForm(String kind, String firstName, String lastName, String email, String phone, String message,
        String homeAddress, String preferredTime, String askedFor, Long propertyId, String pageUrl, String ticket,
        String honeypot) {

    /** Found once: {@code Json.createObjectBuilder()} looks the provider up with a ServiceLoader at every call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    /** The honeypot: a field people never see (hidden, not in the tab order) but robots fill in. */
    public static final String HONEYPOT = "website";
    static final int MAX_FIELD = 4_000;

    /** The kinds a form may send, with the words its page uses. */
    public static final Map<String, String> KINDS = kinds();

    private static Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("CONTACT", "Ask a question");
        kinds.put("SHOWING", "Schedule a showing");
        kinds.put("HOME_VALUE", "What is my home worth?");
        kinds.put("SIGN_UP", "Sign up for new listings");
        return Collections.unmodifiableMap(kinds);
    }

    /** What a visitor may ask about a home: a question or a showing. */
    public static final Map<String, String> ABOUT_A_HOME = aboutAHome();

    private static Map<String, String> aboutAHome() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("CONTACT", KINDS.get("CONTACT"));
        kinds.put("SHOWING", KINDS.get("SHOWING"));
        return Collections.unmodifiableMap(kinds);
    }

    public static InquiryForm from(Function<String, String> parameter) {
        String kind = field(parameter.apply("kind"));
        kind = kind == null ? "CONTACT" : kind.toUpperCase(Locale.ROOT);
        String property = field(parameter.apply("propertyId"));
        Long propertyId = property != null && property.matches("\\d{1,18}") ? Long.valueOf(property) : null;
        return new InquiryForm(KINDS.containsKey(kind) ? kind : "CONTACT", field(parameter.apply("firstName")),
                field(parameter.apply("lastName")), field(parameter.apply("email")), field(parameter.apply("phone")),
                field(parameter.apply("message")), field(parameter.apply("homeAddress")),
                field(parameter.apply("preferredTime")), field(parameter.apply("askedFor")), propertyId,
                field(parameter.apply("pageUrl")),
                field(parameter.apply("ticket")), parameter.apply(HONEYPOT));
    }

    private static String field(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() > MAX_FIELD ? stripped.substring(0, MAX_FIELD) : stripped;
    }

    /** The fields a visitor types in, whose errors are shown beside them; "form" is about the whole form. */
    public static final Set<String> VISIBLE_FIELDS = Set.of("form", "firstName", "lastName", "email", "phone",
            "message");

    /** This form without a field the visitor cannot see or change: {@code propertyId} or {@code pageUrl}. */
    public InquiryForm without(String field) {
        return new InquiryForm(kind, firstName, lastName, email, phone, message, homeAddress, preferredTime, askedFor,
                "propertyId".equals(field) ? null : propertyId, "pageUrl".equals(field) ? null : pageUrl, ticket,
                honeypot);
    }

    public boolean honeypotFilled() {
        return honeypot != null && !honeypot.isEmpty();
    }

    /** The inquiry as the core's intake takes it. */
    public JsonObject inquiry() {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("kind", kind);
        add(json, "firstName", firstName);
        add(json, "lastName", lastName);
        add(json, "email", email);
        add(json, "phone", phone);
        add(json, "message", fullMessage());
        add(json, "pageUrl", pageUrl);
        if (propertyId != null) {
            json.add("propertyId", propertyId);
        }
        return json.build();
    }

    /**
     * The visitor's message with what the form asked besides: the agent they wrote to (an agent's page: the lead is
     * routed like every other, and its agent sees whom they asked for), the home to value, when to show a home.
     */
    String fullMessage() {
        StringBuilder full = new StringBuilder();
        if (askedFor != null) {
            full.append("For: ").append(askedFor).append('\n');
        }
        if (homeAddress != null) {
            full.append("Home: ").append(homeAddress).append('\n');
        }
        if (preferredTime != null) {
            full.append("Preferred time: ").append(preferredTime).append('\n');
        }
        if (message != null) {
            full.append(message);
        }
        String text = full.toString().strip();
        return text.isEmpty() ? null : text.length() > MAX_FIELD ? text.substring(0, MAX_FIELD) : text;
    }

    private static void add(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    public String kindLabel() {
        return KINDS.get(kind);
    }
}
