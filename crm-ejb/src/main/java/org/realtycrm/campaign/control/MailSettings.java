package org.realtycrm.campaign.control;

import java.util.Locale;
import java.util.Optional;

import org.realtycrm.campaign.entity.MailAddress;

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
    /**
     * The Inbound Parse webhook's key: the public key of the Parse security policy (signature on) attached to the
     * Parse setting. A policy has its own key pair, not the Event Webhook's.
     */
    public static final String SENDGRID_PARSE_PUBLIC_KEY = "crm.mail.sendgrid.parse-public-key";
    /**
     * Where replies to campaign emails go ({@code Reply-To}): an address of the domain whose MX points to SendGrid's
     * Inbound Parse, so that replies come back to the product. Optional: without it replies go to the sender.
     */
    public static final String REPLY_TO = "crm.mail.reply-to";
    /** SendGrid's spam score above which an email received is kept and nothing more (no lead, no reply). */
    public static final String INBOUND_SPAM_SCORE_LIMIT = "crm.mail.inbound.spam-score-limit";
    /** How many Inbound Parse posts (each held in memory whole) one server reads and takes in at once. */
    public static final String INBOUND_CONCURRENT_READS = "crm.mail.inbound.concurrent-reads";

    private MailSettings() {
    }

    /**
     * The reply address as configured, checked as {@link #FROM} is: one plain address, lower-cased; empty when not
     * set.
     *
     * @throws IllegalArgumentException when it is set and not such an address
     */
    public static Optional<String> replyTo(Optional<String> configured) {
        Optional<String> address = configured.map(value -> value.strip().toLowerCase(Locale.ROOT))
                .filter(value -> !value.isEmpty());
        if (address.isPresent() && !MailAddress.isValid(address.get())) {
            throw new IllegalArgumentException(REPLY_TO + " is not a valid email address: " + address.get());
        }
        return address;
    }
}
