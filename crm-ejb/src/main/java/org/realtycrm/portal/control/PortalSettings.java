package org.realtycrm.portal.control;

/** The configuration keys of the client portal (defaults in microprofile-config.properties). */
public final class PortalSettings {

    /**
     * The public website's address as clients reach it ({@code https://www.lakeside-realty.com}): the links in the
     * portal's emails (confirm, invitation, listings, unsubscribe) point there.
     */
    public static final String SITE_URL = "crm.portal.site-url";
    /** How long a client stays signed in on the website (the lifetime of the token in their cookie), in days. */
    public static final String SESSION_DAYS = "crm.portal.session-days";
    /** When the daily digests go out (HH:mm), in {@code crm.brokerage.time-zone}. */
    public static final String DIGEST_TIME = "crm.portal.digest-time";
    /** The brokerage's name and postal address, printed at the foot of every alert (CAN-SPAM asks for both). */
    public static final String BROKERAGE_NAME = "crm.portal.brokerage-name";
    public static final String BROKERAGE_ADDRESS = "crm.portal.brokerage-address";

    private PortalSettings() {
    }
}
