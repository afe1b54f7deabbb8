package org.realtycrm.campaign.control;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

import org.realtycrm.campaign.entity.MailAddress;

/**
 * How {@link SendGridMailer} reaches SendGrid: the API's base URL (SendGrid's own unless an EU account, a proxy or a
 * test server stands in), the API key (sent as a bearer token, never shown: not by {@link #toString()}, not in any
 * message), the sender every message goes out from, and the timeout of each request. A request that hangs must not
 * hold the caller (an admin's request, a campaign's sender) for long: the answer is then a failure worth retrying.
 */
public record SendGridSettings(URI baseUrl, String apiKey, String from, String fromName, Duration connectTimeout,
        Duration readTimeout) {

    public static final URI DEFAULT_BASE_URL = URI.create("https://api.sendgrid.com");
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    public static final int MAX_FROM_NAME = 120;

    public SendGridSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!baseUrl.isAbsolute() || !("https".equals(baseUrl.getScheme()) || "http".equals(baseUrl.getScheme()))
                || baseUrl.getHost() == null || baseUrl.getRawQuery() != null || baseUrl.getRawUserInfo() != null) {
            throw new IllegalArgumentException(MailSettings.SENDGRID_BASE_URL + " must be an http(s) URL without "
                    + "query or credentials, such as " + DEFAULT_BASE_URL);
        }
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException(MailSettings.SENDGRID_API_KEY + " is needed to send through SendGrid "
                    + "(set it in the environment or as a password alias)");
        }
        if (!apiKey.equals(apiKey.strip()) || apiKey.chars().anyMatch(c -> c <= ' ' || c == 127)) {
            // the key itself is not repeated: messages end up in logs
            throw new IllegalArgumentException(MailSettings.SENDGRID_API_KEY + " must be SendGrid's API key, "
                    + "without spaces or line breaks");
        }
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException(MailSettings.FROM + " is needed to send: the sender SendGrid has "
                    + "verified (a Single Sender, or an address of an authenticated domain)");
        }
        from = from.strip().toLowerCase(Locale.ROOT);
        if (!MailAddress.isValid(from)) {
            throw new IllegalArgumentException(MailSettings.FROM + " is not a valid email address: " + from);
        }
        fromName = fromName == null || fromName.isBlank() ? null : fromName.strip();
        if (fromName != null && (fromName.length() > MAX_FROM_NAME
                || fromName.chars().anyMatch(c -> c < ' ' || c == 127 || c == 0x85 || c == 0x2028 || c == 0x2029))) {
            throw new IllegalArgumentException(MailSettings.FROM_NAME + " must be one line of at most "
                    + MAX_FROM_NAME + " characters");
        }
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative()
                || readTimeout.isZero()) {
            throw new IllegalArgumentException("the SendGrid timeouts must be positive");
        }
    }

    /** SendGrid's own API with the default timeouts. */
    public static SendGridSettings of(String apiKey, String from, String fromName) {
        return new SendGridSettings(DEFAULT_BASE_URL, apiKey, from, fromName, DEFAULT_CONNECT_TIMEOUT,
                DEFAULT_READ_TIMEOUT);
    }

    public SendGridSettings withBaseUrl(URI url) {
        return new SendGridSettings(url, apiKey, from, fromName, connectTimeout, readTimeout);
    }

    public SendGridSettings withTimeouts(Duration connect, Duration read) {
        return new SendGridSettings(baseUrl, apiKey, from, fromName, connect, read);
    }

    @Override
    public String toString() {
        return "SendGridSettings[baseUrl=" + baseUrl + ", apiKey=***, from=" + from
                + (fromName == null ? "" : " (" + fromName + ")") + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + "]";
    }
}
