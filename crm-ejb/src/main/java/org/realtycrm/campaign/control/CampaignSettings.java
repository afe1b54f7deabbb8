package org.realtycrm.campaign.control;

/** The configuration keys of campaigns (defaults and their reasons in microprofile-config.properties). */
public final class CampaignSettings {

    /** How often the ticker looks for due steps, held sends whose time came, and new leads for the drips' rules. */
    public static final String TICK_SECONDS = "crm.campaign.tick-seconds";
    /** Enrolments advanced (or sends queued again) per transaction of a tick. */
    public static final String BATCH_SIZE = "crm.campaign.batch-size";
    /** Sends named by one message on jms/OutboundMessage. */
    public static final String SENDS_PER_MESSAGE = "crm.campaign.sends-per-message";
    /** Failures of the provider after which a send is a dead letter (FAILED). */
    public static final String MAX_FAILURES = "crm.campaign.max-failures";
    /** The first retry's wait, doubled for each failure after it. */
    public static final String BACKOFF_SECONDS = "crm.campaign.backoff-seconds";
    /** A queued send untouched this long had its message lost (the broker's dead messages): it is queued again. */
    public static final String STALE_MINUTES = "crm.campaign.stale-minutes";
    /** Messages a second per provider, on each server. */
    public static final String SMS_PER_SECOND = "crm.campaign.rate.sms-per-second";
    public static final String EMAIL_PER_SECOND = "crm.campaign.rate.email-per-second";
    /** What a send costs, in dollars, by channel: the report's cost and cost per lead. */
    public static final String PRICE_SMS = "crm.campaign.price.sms";
    public static final String PRICE_EMAIL = "crm.campaign.price.email";
    public static final String PRICE_LETTER = "crm.campaign.price.letter";
    /**
     * Where recipients reach this server's API ({@code https://crm.example.com}): campaign emails' unsubscribe links
     * point there, one-click (RFC 8058) when it is https.
     */
    public static final String PUBLIC_URL = "crm.campaign.public-url";

    private CampaignSettings() {
    }
}
