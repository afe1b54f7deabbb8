package org.realtycrm.audit.entity;

/** What kind of record an activity is about. */
public enum SubjectType {
    LEAD,
    USER,
    /** A Do-Not-Call list file loaded. */
    DNC_LOAD,
    /** A number put on the company's own Do-Not-Call list. */
    DNC_ENTRY,
    /** A list scrubbed against the Do-Not-Call registry. */
    DNC_SCRUB,
    /** Where purchased lists arrive. */
    LIST_SOURCE,
    /** One purchased list received and run. */
    LIST_PULL,
    /** How an aggregator's columns read. */
    LIST_MAPPING,
    /** A campaign's saved target. */
    LIST_CRITERIA,
    /** A list's file for a marketing platform. */
    LIST_EXPORT,
    /** The rules that score leads hot, warm or cold. */
    SCORECARD,
    /** A CSV file of leads imported: its leads' timelines show it instead of an entry each. */
    LEAD_IMPORT,
    /** Where inbound leads come from (a website, a portal's lead feed). */
    INTAKE_SOURCE,
    /** An integrator that reads the listings over the RESO Web API. */
    API_CLIENT,
    /** A message in the outbox (the mail every send records). */
    OUTBOX_MAIL,
    /** A text in the outbox (sent, kept or refused). */
    OUTBOX_TEXT,
    /** A state's calling hours. */
    QUIET_HOURS,
    /** A campaign or action plan. */
    CAMPAIGN,
    /** A campaign's email or text template. */
    MESSAGE_TEMPLATE,
    /** Something an agent is to do by a time. */
    TASK,
    /** Time in an agent's calendar. */
    APPOINTMENT,
    /** An agent's private calendar address. */
    CALENDAR_FEED,
    /** One of the rules that say who gets a new lead. */
    ROUTING_RULE,
    TEAM,
    /** Where unowned leads wait to be claimed. */
    POND,
    /** What a lead source cost in a month (the source ROI report). */
    SOURCE_COST
}
