package org.realtycrm.campaign.control;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How {@link TwilioTextMessenger} reaches Twilio: the REST API's base URL (Twilio's own unless a proxy or a test
 * server stands in), the account SID and its auth token (the API's user name and password; the token is never shown:
 * not by {@link #toString()}, not in any message), the sender, the status callback, and the timeouts of each request.
 *
 * <p>The sender is one of two, never both: a number of the account ({@code from}, E.164), or a Messaging Service
 * ({@code messagingServiceSid}) that picks one of its numbers and carries the A2P 10DLC registration US carriers ask
 * for. The status callback, when there is one, is the URL Twilio posts the text's delivery reports to
 * ({@link SmsSettings#statusCallbackUrl(URI)}); without one, Twilio reports nothing and the texts stay "sent".
 *
 * <p>A request that hangs must not hold the caller (an admin's request, a campaign's sender) for long: the answer is
 * then a failure.
 */
public record TwilioSettings(URI baseUrl, String accountSid, String authToken, String from,
        String messagingServiceSid, URI statusCallback, Duration connectTimeout, Duration readTimeout) {

    public static final URI DEFAULT_BASE_URL = URI.create("https://api.twilio.com");
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);

    private static final Pattern ACCOUNT_SID = Pattern.compile("AC[0-9a-fA-F]{32}");
    private static final Pattern MESSAGING_SERVICE_SID = Pattern.compile("MG[0-9a-fA-F]{32}");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    public TwilioSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!baseUrl.isAbsolute() || !("https".equals(baseUrl.getScheme()) || "http".equals(baseUrl.getScheme()))
                || baseUrl.getHost() == null || baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null
                || baseUrl.getRawUserInfo() != null) {
            throw new IllegalArgumentException(SmsSettings.TWILIO_BASE_URL + " must be an http(s) URL without "
                    + "query or credentials, such as " + DEFAULT_BASE_URL);
        }
        accountSid = accountSid == null ? null : accountSid.strip();
        if (accountSid == null || accountSid.isEmpty()) {
            throw new IllegalArgumentException(SmsSettings.TWILIO_ACCOUNT_SID + " is needed to send through Twilio: "
                    + "the Account SID of the Twilio Console (AC and 32 hexadecimal digits)");
        }
        if (!ACCOUNT_SID.matcher(accountSid).matches()) {
            // not repeated: a token pasted into the wrong key would end up in the log
            throw new IllegalArgumentException(SmsSettings.TWILIO_ACCOUNT_SID + " must be the Account SID of the "
                    + "Twilio Console: AC and 32 hexadecimal digits");
        }
        if (authToken == null || authToken.isBlank()) {
            throw new IllegalArgumentException(SmsSettings.TWILIO_AUTH_TOKEN + " is needed to send through Twilio "
                    + "(set it in the environment or as a password alias)");
        }
        if (!authToken.equals(authToken.strip()) || authToken.chars().anyMatch(c -> c <= ' ' || c == 127)) {
            throw new IllegalArgumentException(SmsSettings.TWILIO_AUTH_TOKEN + " must be the account's auth token, "
                    + "without spaces or line breaks");
        }
        from = from == null || from.isBlank() ? null : from.strip();
        messagingServiceSid = messagingServiceSid == null || messagingServiceSid.isBlank() ? null
                : messagingServiceSid.strip();
        if (from == null && messagingServiceSid == null) {
            throw new IllegalArgumentException("a sender is needed to send through Twilio: " + SmsSettings.FROM
                    + " (a number of the account, in E.164) or " + SmsSettings.TWILIO_MESSAGING_SERVICE_SID
                    + " (a Messaging Service)");
        }
        if (from != null && messagingServiceSid != null) {
            throw new IllegalArgumentException("set either " + SmsSettings.FROM + " or "
                    + SmsSettings.TWILIO_MESSAGING_SERVICE_SID + ", not both: Twilio would send from the Messaging "
                    + "Service's numbers, not from " + SmsSettings.FROM);
        }
        if (from != null && !E164.matcher(from).matches()) {
            throw new IllegalArgumentException(SmsSettings.FROM + " must be a number of the Twilio account in E.164, "
                    + "such as +12025550143, not " + from);
        }
        if (messagingServiceSid != null && !MESSAGING_SERVICE_SID.matcher(messagingServiceSid).matches()) {
            throw new IllegalArgumentException(SmsSettings.TWILIO_MESSAGING_SERVICE_SID + " must be a Messaging "
                    + "Service SID: MG and 32 hexadecimal digits");
        }
        if (statusCallback != null && (!statusCallback.isAbsolute()
                || !("https".equalsIgnoreCase(statusCallback.getScheme())
                        || "http".equalsIgnoreCase(statusCallback.getScheme()))
                || statusCallback.getHost() == null || statusCallback.getRawUserInfo() != null)) {
            throw new IllegalArgumentException(SmsSettings.WEBHOOK_BASE_URL + " must make an http(s) status "
                    + "callback URL, not " + statusCallback);
        }
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative()
                || readTimeout.isZero()) {
            throw new IllegalArgumentException("the Twilio timeouts must be positive");
        }
    }

    /** Twilio's own API with the default timeouts and no status callback; exactly one of the senders. */
    public static TwilioSettings of(String accountSid, String authToken, String from, String messagingServiceSid) {
        return new TwilioSettings(DEFAULT_BASE_URL, accountSid, authToken, from, messagingServiceSid, null,
                DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT);
    }

    public TwilioSettings withBaseUrl(URI url) {
        return new TwilioSettings(url, accountSid, authToken, from, messagingServiceSid, statusCallback,
                connectTimeout, readTimeout);
    }

    /** @param url where Twilio posts each text's status changes; null for none */
    public TwilioSettings withStatusCallback(URI url) {
        return new TwilioSettings(baseUrl, accountSid, authToken, from, messagingServiceSid, url, connectTimeout,
                readTimeout);
    }

    public TwilioSettings withTimeouts(Duration connect, Duration read) {
        return new TwilioSettings(baseUrl, accountSid, authToken, from, messagingServiceSid, statusCallback, connect,
                read);
    }

    /** The sender as logs show it: the number, or the Messaging Service. */
    public String sender() {
        return from != null ? from : "Messaging Service " + messagingServiceSid;
    }

    /** Never the auth token. */
    @Override
    public String toString() {
        return "TwilioSettings[baseUrl=" + baseUrl + ", accountSid=" + accountSid + ", authToken=***, sender="
                + sender() + ", statusCallback=" + (statusCallback == null ? "none" : statusCallback)
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }
}
