package org.realtycrm.lead.control;

/** The configuration keys of the lead feature; defaults live in microprofile-config.properties. */
public final class LeadSettings {

    /**
     * The brokerage's time zone: where "today" starts on the dashboard and how the screens show and take times.
     * Not the server's zone, which is usually UTC on a server and would start the day at 7 or 8 pm in the US.
     */
    public static final String TIME_ZONE = "crm.brokerage.time-zone";
    /** How many sources the dashboard names before it adds the rest up as "other". */
    public static final String TOP_SOURCES = "crm.dashboard.top-sources";
    /** Speed to first contact is measured over leads created within this many days. */
    public static final String SPEED_WINDOW_DAYS = "crm.dashboard.speed-window-days";

    private LeadSettings() {
    }
}
