package org.realtycrm.it.support;

import java.util.Locale;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Input for {@code POST /users}: a valid, unique user of a role, each field replaceable. */
public final class UserJson {

    private String email;
    private String name;
    private String role;
    private String password;

    private UserJson(String role) {
        String kind = role.toLowerCase(Locale.ROOT);
        this.email = Unique.email(kind);
        this.name = Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " " + Unique.name();
        this.role = role;
        this.password = "correct-horse-" + Unique.word();
    }

    public static UserJson newUser(String role) {
        return new UserJson(role);
    }

    public UserJson email(String email) {
        this.email = email;
        return this;
    }

    public UserJson name(String name) {
        this.name = name;
        return this;
    }

    public UserJson role(String role) {
        this.role = role;
        return this;
    }

    public UserJson password(String password) {
        this.password = password;
        return this;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public String role() {
        return role;
    }

    public String password() {
        return password;
    }

    /** The JSON, leaving out fields set to {@code null}. */
    public JsonObject build() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (email != null) {
            json.add("email", email);
        }
        if (name != null) {
            json.add("name", name);
        }
        if (role != null) {
            json.add("role", role);
        }
        if (password != null) {
            json.add("password", password);
        }
        return json.build();
    }
}
