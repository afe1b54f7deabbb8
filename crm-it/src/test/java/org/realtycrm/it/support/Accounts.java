package org.realtycrm.it.support;

import java.time.Duration;
import java.time.Instant;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Users created through the API by the bootstrap admin ({@code it.crm-admin.email}), and that admin's session.
 * <p>
 * The admin session is shared by the tests of a class and renewed at half its lifetime: sign-in attempts are
 * rate-limited per client address, and every test signs in from the same one.
 */
public final class Accounts {

    public static final String USERS = "/api/v1/users";

    private static Api admin;
    private static Instant adminRenewAt = Instant.MIN;
    private static Long adminId;

    private Accounts() {
    }

    /**
     * The bootstrap admin, signed in once and again when half the token's life has passed: every sign-in counts
     * against the admin's allowance (crm.rate-limit.sign-in.per-email), which the browser tests' sign-ins share.
     */
    public static synchronized Api admin() {
        if (!Instant.now().isBefore(adminRenewAt)) {
            Instant now = Instant.now();
            JsonObject token = Api.requestToken(ItProperties.adminEmail(), ItProperties.adminPassword())
                    .expect(200).json();
            admin = Api.withToken(token.getString("access_token"));
            adminRenewAt = now.plus(Duration.ofSeconds(token.getJsonNumber("expires_in").longValue() / 2));
        }
        return admin;
    }

    public static synchronized long adminId() {
        if (adminId == null) {
            adminId = admin().get(USERS + "/me").expect(200).json().getJsonNumber("id").longValue();
        }
        return adminId;
    }

    public static Account agent() {
        return create(UserJson.newUser("AGENT"));
    }

    public static Account client() {
        return create(UserJson.newUser("CLIENT"));
    }

    public static Account newAdmin() {
        return create(UserJson.newUser("ADMIN"));
    }

    public static Account create(UserJson user) {
        return new Account(admin().create(USERS, user.build()), user.password());
    }

    public static String path(long userId) {
        return USERS + "/" + userId;
    }

    /** {@code PATCH /users/{id}} as the bootstrap admin; answers the updated user. */
    public static JsonObject patch(Account account, JsonObject changes) {
        return admin().patch(path(account.id()), changes).expect(200).json();
    }

    public static JsonObject deactivate(Account account) {
        return patch(account, Json.createObjectBuilder().add("active", false).build());
    }

    public static JsonObject reactivate(Account account) {
        return patch(account, Json.createObjectBuilder().add("active", true).build());
    }

    public static JsonObject changeRole(Account account, String role) {
        return patch(account, Json.createObjectBuilder().add("role", role).build());
    }
}
