package org.realtycrm.portal.site;

import java.util.Set;
import java.util.function.Function;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * A visitor's sign-up as they typed it. The core judges it (a valid email, a password of at least 12 characters) and
 * answers what is wrong by field; the password is sent exactly as typed (spaces count) and never drawn again.
 */
public record SignUpForm(String firstName, String lastName, String email, String phone, String password) {

    /** The fields the visitor sees, whose errors are shown beside them; "form" is about the whole form. */
    static final Set<String> FIELDS = Set.of("form", "firstName", "lastName", "email", "phone", "password");
    private static final int MAX_FIELD = 254;

    public static SignUpForm from(Function<String, String> parameter) {
        String password = parameter.apply("password");
        return new SignUpForm(field(parameter.apply("firstName")), field(parameter.apply("lastName")),
                field(parameter.apply("email")), field(parameter.apply("phone")),
                password == null || password.isEmpty() ? null : password);
    }

    static String field(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() > MAX_FIELD ? stripped.substring(0, MAX_FIELD) : stripped;
    }

    /** {@code {firstName, lastName, email, phone (when given), password, clientAddress}}. */
    JsonObject json(String clientAddress) {
        JsonObjectBuilder json = PortalJson.BUILDERS.createObjectBuilder();
        PortalJson.add(json, "firstName", firstName);
        PortalJson.add(json, "lastName", lastName);
        PortalJson.add(json, "email", email);
        if (phone != null) {
            json.add("phone", phone);
        }
        PortalJson.add(json, "password", password);
        return json.add("clientAddress", clientAddress).build();
    }

    /** What the form shows again: all but the password. */
    public SignUpForm withoutPassword() {
        return new SignUpForm(firstName, lastName, email, phone, null);
    }

    @Override
    public String toString() {
        return "SignUpForm[" + email + "]"; // never the password
    }
}
