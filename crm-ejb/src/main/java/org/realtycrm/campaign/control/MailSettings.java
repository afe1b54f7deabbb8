package org.realtycrm.campaign.control;

/** The configuration keys of mail (defaults in microprofile-config.properties). */
public final class MailSettings {

    /** {@code outbox} (the default: recorded, not sent) or {@code sendgrid}. */
    public static final String PROVIDER = "crm.mail.provider";
    /** The sender of every message; needed to send (SendGrid sends only from a sender it has verified). */
    public static final String FROM = "crm.mail.from";
    /** The sender's name recipients see; optional. */
    public static final String FROM_NAME = "crm.mail.from-name";
    /** A secret: set it in the environment or as a Payara password alias, never in a file in the repository. */
    public static final String SENDGRID_API_KEY = "crm.mail.sendgrid.api-key";
    /** SendGrid's API, {@code https://api.sendgrid.com} unless an EU account, a proxy or a test server stands in. */
    public static final String SENDGRID_BASE_URL = "crm.mail.sendgrid.base-url";
    /**
     * The Event Webhook's verification key (Settings → Mail Settings → Event Webhook → Signature Verification): a
     * base64 DER EC public key. Not a secret, but the only thing that tells SendGrid's events from a forger's.
     */
    public static final String SENDGRID_WEBHOOK_PUBLIC_KEY = "crm.mail.sendgrid.webhook-public-key";

    private MailSettings() {
    }
}
