package org.realtycrm.campaign.control;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The configuration keys of texting (SMS), and where Twilio reaches the product's webhooks.
 *
 * <p>Twilio signs every webhook request with the auth token over the URL it was given (plus the POST parameters),
 * not over the URL the server sees behind a proxy: the signature is checked against {@link #WEBHOOK_BASE_URL} followed
 * by the request's path and query ({@code TwilioSignatures}), so a proxy must pass the path on unchanged.
 * {@link #statusCallbackUrl(URI)} and {@link #inboundMessagesUrl(URI)} are the URLs to give Twilio.
 */
public final class SmsSettings {

    /** {@code outbox} (the default: recorded, not sent) or {@code twilio}. */
    public static final String PROVIDER = "crm.sms.provider";
    /**
     * The number texts go out from, in E.164 ({@code +12025550143}): a number of the Twilio account. Either this or
     * {@link #TWILIO_MESSAGING_SERVICE_SID}, not both.
     */
    public static final String FROM = "crm.sms.from";
    /**
     * A Twilio Messaging Service ({@code MG…}) that picks the sender from its number pool (and carries the A2P 10DLC
     * campaign registration). Either this or {@link #FROM}, not both.
     */
    public static final String TWILIO_MESSAGING_SERVICE_SID = "crm.sms.twilio.messaging-service-sid";
    /** The Twilio account ({@code AC} and 32 hexadecimal digits): the API's user name, and part of its paths. */
    public static final String TWILIO_ACCOUNT_SID = "crm.sms.twilio.account-sid";
    /**
     * A secret: the account's auth token, the API's password and the key of the webhooks' signatures. Set it in the
     * environment or as a Payara password alias, never in a file in the repository.
     */
    public static final String TWILIO_AUTH_TOKEN = "crm.sms.twilio.auth-token";
    /** Twilio's REST API, {@code https://api.twilio.com} unless a proxy or a test server stands in. */
    public static final String TWILIO_BASE_URL = "crm.sms.twilio.base-url";
    /**
     * The public base URL at which Twilio reaches the product's API ({@code https://crm.example.com}, before
     * {@code /api/v1}). When set, every text asks Twilio for delivery reports at {@link #statusCallbackUrl(URI)};
     * when not, none is asked for (and the inbound webhook cannot be checked).
     */
    public static final String WEBHOOK_BASE_URL = "crm.sms.webhook-base-url";

    /** The query parameter of a text's status callback that names its outbox record. */
    public static final String OUTBOX_TEXT_PARAMETER = "outboxText";
    /** Where Twilio posts a text's status changes (queued, sent, delivered, undelivered, failed). */
    public static final String STATUS_CALLBACK_PATH = "/api/v1/webhooks/twilio/status";
    /** Where Twilio posts the texts the product's numbers receive (replies, STOP, HELP). */
    public static final String INBOUND_MESSAGES_PATH = "/api/v1/webhooks/twilio/messages";

    private SmsSettings() {
    }

    /**
     * The configured webhook base URL as a URI: absolute http(s), with a host, without query, fragment or
     * credentials; a trailing slash is dropped.
     *
     * @throws IllegalArgumentException naming {@link #WEBHOOK_BASE_URL} when it is none of that
     */
    public static URI webhookBaseUrl(String value) {
        String text = value == null ? "" : value.strip();
        URI url;
        try {
            url = new URI(text.replaceAll("/+$", ""));
        } catch (URISyntaxException e) {
            throw notAWebhookBase();
        }
        if (!url.isAbsolute() || !("https".equalsIgnoreCase(url.getScheme())
                || "http".equalsIgnoreCase(url.getScheme())) || url.getHost() == null || url.getRawQuery() != null
                || url.getRawFragment() != null || url.getRawUserInfo() != null) {
            throw notAWebhookBase();
        }
        if (url.getRawPath() != null && url.getRawPath().endsWith("/api/v1")) {
            // the webhooks' paths begin with /api/v1: this base would put it there twice
            throw new IllegalArgumentException(WEBHOOK_BASE_URL + " is the base before /api/v1, such as "
                    + "https://crm.example.com, not " + url);
        }
        return url;
    }

    /** {@code <webhook base URL>/api/v1/webhooks/twilio/status}: the StatusCallback every text names. */
    public static URI statusCallbackUrl(URI webhookBaseUrl) {
        return under(webhookBaseUrl, STATUS_CALLBACK_PATH);
    }

    /** {@code <webhook base URL>/api/v1/webhooks/twilio/messages}: the number's "a message comes in" webhook. */
    public static URI inboundMessagesUrl(URI webhookBaseUrl) {
        return under(webhookBaseUrl, INBOUND_MESSAGES_PATH);
    }

    private static URI under(URI webhookBaseUrl, String path) {
        URI base = webhookBaseUrl(webhookBaseUrl.toString()); // the same checks and the same form, however it came
        return URI.create(base + path);
    }

    private static IllegalArgumentException notAWebhookBase() {
        return new IllegalArgumentException(WEBHOOK_BASE_URL + " must be the public http(s) URL at which Twilio "
                + "reaches the API, without query or credentials, such as https://crm.example.com");
    }
}
