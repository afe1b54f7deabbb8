package org.realtycrm.it.support;

import jakarta.json.JsonObject;

/** A user a test created, with the password it chose; signs in on first use of {@link #api()}. */
public final class Account {

    private final long id;
    private final String email;
    private final String name;
    private final String password;
    private Api api;

    Account(JsonObject created, String password) {
        this.id = created.getJsonNumber("id").longValue();
        this.email = created.getString("email");
        this.name = created.getString("name");
        this.password = password;
    }

    public long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public String password() {
        return password;
    }

    /** This user, signed in (once, then the token is reused). */
    public Api api() {
        if (api == null) {
            api = Api.signIn(email, password);
        }
        return api;
    }

    /** Signs in afresh, e.g. after a role change revoked the old token. */
    public Api signInAgain() {
        api = Api.signIn(email, password);
        return api;
    }

    /** The leads API as this user. */
    public Leads leads() {
        return Leads.as(api());
    }

    @Override
    public String toString() {
        return name + " (" + id + ", " + email + ")";
    }
}
