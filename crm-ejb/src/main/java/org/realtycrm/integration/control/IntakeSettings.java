package org.realtycrm.integration.control;

/** The configuration keys of the integration feature; defaults live in microprofile-config.properties. */
public final class IntakeSettings {

    /**
     * The key and secret of the brokerage website's intake source (both, or neither): the website's nodes sign
     * their forms' inquiries with them. Set by provision.sh (the secret as the password alias of this name).
     */
    public static final String WEBSITE_KEY = "crm.site.intake-key";
    public static final String WEBSITE_SECRET = "crm.site.intake-secret";
    /** The website's intake source's name, and the source of the leads its forms make. */
    public static final String WEBSITE_NAME = "crm.site.intake-name";

    private IntakeSettings() {
    }
}
