package org.realtycrm.mls.control;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * The feed did not answer usefully: retries ran out (5xx, timeouts, 429), the provider refused (4xx), the token
 * endpoint failed, or the answer was not a RESO Web API page. The message names the status, the URL (query
 * values that may be secret are masked) and the attempts made; never a token or client secret.
 */
public class FeedUnavailableException extends RuntimeException {

    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "(?i)((?:access_token|token|client_secret|api_key|apikey|password|signature)=)[^&]*");

    private final int status;
    private final String url;
    private final int attempts;

    /** @param status the last HTTP status, 0 when there was none (a timeout, a broken connection) */
    public FeedUnavailableException(String reason, int status, URI url, int attempts, Throwable cause) {
        super(reason + " (" + (status == 0 ? "no HTTP status" : "HTTP " + status) + ", " + attempts
                + (attempts == 1 ? " attempt, " : " attempts, ") + withoutSecrets(url) + ")", cause);
        this.status = status;
        this.url = withoutSecrets(url);
        this.attempts = attempts;
    }

    public FeedUnavailableException(String reason, int status, URI url, int attempts) {
        this(reason, status, url, attempts, null);
    }

    static String withoutSecrets(URI url) {
        String plain = url.getRawUserInfo() == null ? url.toString() : url.toString().replace(url.getRawUserInfo() + "@", "");
        return SECRET_PARAMETER.matcher(plain).replaceAll("$1***");
    }

    public int status() {
        return status;
    }

    public String url() {
        return url;
    }

    public int attempts() {
        return attempts;
    }
}
