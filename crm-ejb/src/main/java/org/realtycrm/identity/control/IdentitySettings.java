package org.realtycrm.identity.control;

/** The configuration keys of the identity feature; defaults live in microprofile-config.properties. */
public final class IdentitySettings {

    public static final String PRIVATE_KEY_LOCATION = "crm.jwt.private-key.location";
    public static final String ISSUER = "crm.jwt.issuer";
    public static final String TOKEN_LIFETIME_SECONDS = "crm.jwt.token-lifetime-seconds";
    public static final String FIRST_ADMIN_EMAIL = "crm.admin.email";
    public static final String FIRST_ADMIN_PASSWORD = "crm.admin.password";
    public static final String SIGN_IN_PER_EMAIL = "crm.rate-limit.sign-in.per-email";
    public static final String SIGN_IN_PER_ADDRESS = "crm.rate-limit.sign-in.per-address";
    public static final String SIGN_IN_WINDOW_MINUTES = "crm.rate-limit.sign-in.window-minutes";

    private IdentitySettings() {
    }
}
