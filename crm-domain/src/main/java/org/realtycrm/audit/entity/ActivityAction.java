package org.realtycrm.audit.entity;

/** What happened. Stored by name: append new actions, never rename one. */
public enum ActivityAction {
    LEAD_CREATED,
    LEAD_UPDATED,
    STATUS_CHANGED,
    LEAD_ASSIGNED,
    LEAD_DELETED,
    USER_CREATED,
    USER_UPDATED,
    ROLE_CHANGED,
    USER_DEACTIVATED,
    USER_REACTIVATED,
    PASSWORD_CHANGED,
    NOTE_ADDED,
    /** On the lead's timeline: the lead was linked to a property (the audit trail has no property subject). */
    PROPERTY_LINKED,
    PROPERTY_UNLINKED,
    DNC_LIST_LOADED,
    DNC_NUMBER_ADDED,
    LIST_SCRUBBED,
    /** A list source, mapping or criteria created, changed or removed. */
    LIST_SETUP_CREATED,
    LIST_SETUP_CHANGED,
    LIST_SETUP_DELETED,
    /** A purchased list received (picked up by the poller or uploaded) and its run started. */
    LIST_RECEIVED,
    /** A list's run ended: done or failed, with its counts. */
    LIST_RUN_FINISHED,
    LIST_RUN_RESTARTED,
    /** A list written for a marketing platform. */
    LIST_EXPORTED,
    /** On the exporter's timeline: leads taken out as a CSV file, how many, with which filters. */
    LEADS_EXPORTED,
    /** A list's row found a lead already there (same phone, email or property): the lead took what was new. */
    LEAD_MERGED,
    /** Responses to a list's marketing recorded on its rows. */
    LIST_RESPONSES_RECORDED,
    /** The lead scorecard's rules or bands changed. */
    SCORECARD_CHANGED,
    /**
     * A CSV import of leads began: who, which file. Its leads' timelines show it as their {@link #LEAD_CREATED}
     * entry (with the lead's line), since an import stores no entry per lead.
     */
    LEAD_IMPORT_STARTED,
    /** A CSV import of leads ended: completed or failed, with its counts. */
    LEAD_IMPORT_FINISHED,
    /** An inquiry (a website form, a portal's lead) arrived for the lead: a new one, or one that already existed. */
    INQUIRY_RECEIVED,
    /** An admin added a source of inbound leads, and its secret was issued. */
    INTAKE_SOURCE_CREATED,
    /** A source's secret was replaced: deliveries signed with the old one are refused from then on. */
    INTAKE_SECRET_ROTATED,
    /** A source stopped being accepted. */
    INTAKE_SOURCE_DEACTIVATED,
    /** An admin issued an integrator a client id and secret for the RESO Web API. */
    API_CLIENT_CREATED,
    /** An integrator's secret was replaced: tokens are no longer granted for the old one. */
    API_CLIENT_SECRET_ROTATED,
    /** An integrator was cut off: no new token, and the ones it holds stop working. */
    API_CLIENT_DEACTIVATED,
    /** An admin sent a test email through the configured mail provider, to check the mail settings. */
    TEST_MAIL_SENT,
    /** On the lead's timeline: they made a client account on the website (not yet confirmed). */
    CLIENT_SIGNED_UP,
    /** On the lead's timeline: their agent invited them to the client portal. */
    CLIENT_INVITED,
    /** On the lead's timeline: the client confirmed their email (or accepted the invitation) and may sign in. */
    CLIENT_VERIFIED,
    /** On the lead's timeline: the signed-in client opened a listing (once a day per listing). */
    CLIENT_VIEWED_LISTING,
    FAVOURITE_ADDED,
    FAVOURITE_REMOVED,
    /** On the lead's timeline: the client saved a search, changed one (name, alerts) or removed one. */
    SEARCH_SAVED,
    SEARCH_CHANGED,
    SEARCH_REMOVED,
    /** On the lead's timeline: a saved search's alert (instant or the daily digest) went to the client. */
    LISTING_ALERT_SENT,
    /** On the lead's timeline: the client turned a search's alerts off with the link in an alert. */
    ALERTS_UNSUBSCRIBED,
    /** On the lead's timeline: a text sent to the lead (or kept, where the server only keeps its texts). */
    TEXT_SENT,
    /** On the lead's timeline: a text the compliance gate refused, with its reasons. */
    TEXT_REFUSED,
    /** On the lead's timeline: a text from the lead. */
    TEXT_RECEIVED,
    /** The carrier reported a text undelivered or failed. */
    TEXT_UNDELIVERED,
    /** A number replied STOP (or Twilio said it had): on the company's own Do-Not-Call list. */
    TEXT_OPTED_OUT,
    /** A number that had opted out by text opted back in (START). */
    TEXT_OPTED_IN,
    /** A state's calling hours set or removed. */
    QUIET_HOURS_CHANGED,
    /** On the lead's timeline: SendGrid reported an email to the lead delivered, opened, clicked, bounced … */
    EMAIL_EVENT,
    /** An address unsubscribed, reported our mail as spam or bounced for good: no marketing email again. */
    EMAIL_OPTED_OUT,
    /** A campaign or a message template created, changed (settings, steps), launched, paused, resumed or ended. */
    CAMPAIGN_CREATED,
    CAMPAIGN_CHANGED,
    CAMPAIGN_LAUNCHED,
    CAMPAIGN_PAUSED,
    CAMPAIGN_RESUMED,
    CAMPAIGN_ENDED,
    TEMPLATE_CREATED,
    TEMPLATE_CHANGED,
    /** On the lead's timeline: the lead was put in a campaign (by hand; an audience's or rule's leads in one entry). */
    CAMPAIGN_ENROLLED,
    /** On the lead's timeline: the lead left a campaign early (replied, opted out, changed status, taken out). */
    CAMPAIGN_LEFT,
    /** On the lead's timeline: a campaign's email or text went, was held, refused or failed; its task was set. */
    CAMPAIGN_SEND,
    /** An admin sent a dead letter (a campaign send that failed) again. */
    CAMPAIGN_SEND_REPLAYED,
    /** A direct-mail step's batch file made for the mail house. */
    MAIL_BATCH_CREATED,
    /** A social audience export attached to a campaign. */
    CAMPAIGN_AUDIENCE_ATTACHED,
    /** On the lead's timeline: an email from the lead (a reply, or the email that made them a lead). */
    EMAIL_RECEIVED,
    /** A task set (on a lead's timeline too when it is about one). */
    TASK_CREATED,
    /** A task changed or moved. */
    TASK_CHANGED,
    /** A task done (on a lead's timeline too when it is about one: the agent worked the lead). */
    TASK_COMPLETED,
    /** A done task made open again. */
    TASK_REOPENED,
    TASK_DELETED,
    /** An appointment made (on a lead's timeline too when it is with one). */
    APPOINTMENT_CREATED,
    /** An appointment changed, moved or stretched. */
    APPOINTMENT_CHANGED,
    APPOINTMENT_DELETED,
    /** An agent's calendar address made or replaced: the old one answers nothing from then on. */
    CALENDAR_FEED_RENEWED,
    /** An agent's calendar address removed. */
    CALENDAR_FEED_REVOKED,
    ROUTING_RULE_CREATED,
    ROUTING_RULE_CHANGED,
    ROUTING_RULE_DELETED,
    /** The rules' order changed. */
    ROUTING_RULES_ORDERED,
    TEAM_CREATED,
    TEAM_CHANGED,
    TEAM_DELETED,
    POND_CREATED,
    POND_CHANGED,
    POND_DELETED,
    /** On the lead's timeline: it landed in a pond. */
    LEAD_PONDED,
    /** On the lead's timeline: an agent claimed it from its pond. */
    LEAD_CLAIMED,
    /** On the lead's timeline: it was not contacted in time and moved on (speed to lead). */
    LEAD_HANDED_OFF,
    /** A user went on or off duty. */
    DUTY_CHANGED,
    /** A source's cost for a month entered or replaced (the source ROI report). */
    SOURCE_COST_SET,
    SOURCE_COST_REMOVED
}
