package org.realtycrm.lead.entity;

import java.util.Locale;

/**
 * How a lead came in: through the API, a screen, a CSV import, a purchased list or the demo data job. Counted as the label
 * {@code how} of the metric {@code crm.leads.created}.
 */
public enum LeadIntake {
    API, SCREEN, IMPORT, DEMO,
    /** A purchased list's owners, or its responders (the lead pipeline). */
    LIST,
    /** An inquiry delivered by an inbound source: the brokerage's website, a portal's lead feed. */
    INBOUND;

    /** The metric label: {@code api}, {@code screen}, {@code import}, {@code demo}, {@code list}, {@code inbound}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
