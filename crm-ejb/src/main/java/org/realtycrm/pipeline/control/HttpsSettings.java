package org.realtycrm.pipeline.control;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;

/**
 * Where {@link HttpsFileDrop} finds an aggregator's published list. Only HTTPS is accepted: the list holds owners'
 * names and phone numbers, and the API key travels with every request. {@link #toString()} and {@link #display(URI)}
 * never show the API key nor the URL's query (which may carry a key of its own).
 *
 * @param url the file's address; https only, without user:password (give credentials as a header)
 * @param headerName the header carrying an API key, e.g. {@code Authorization}; null for none
 * @param headerValue its value, e.g. {@code Bearer …}; given exactly when the name is
 * @param lastMarker the {@link DroppedFile#marker()} of the version picked up last time, null before the first
 *        pickup: that version is not offered again
 * @param sslContext whom to trust; null for the JVM's default trust store
 * @param timeout how long to wait for the server to connect and to start answering; {@link #DEFAULT_TIMEOUT} when null
 */
public record HttpsSettings(URI url, String headerName, String headerValue, String lastMarker, SSLContext sslContext,
        Duration timeout) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    /** RFC 9110's token: what a header name may be made of. */
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    public HttpsSettings {
        if (url == null) {
            throw new IllegalArgumentException("the list's URL is required");
        }
        if (!url.isAbsolute() || !"https".equalsIgnoreCase(url.getScheme())) {
            throw new IllegalArgumentException("the list's URL must start with https:// (not " + display(url)
                    + "): the list and the API key must not cross the network in the clear");
        }
        if (url.getHost() == null) {
            throw new IllegalArgumentException("the list's URL names no host: " + display(url));
        }
        if (url.getRawUserInfo() != null) {
            throw new IllegalArgumentException("the list's URL must not hold a user name or password; "
                    + "send credentials in a header");
        }
        headerName = headerName == null || headerName.isBlank() ? null : headerName.strip();
        headerValue = headerValue == null || headerValue.isEmpty() ? null : headerValue;
        if ((headerName == null) != (headerValue == null)) {
            throw new IllegalArgumentException("the API key header needs both a name and a value");
        }
        if (headerName != null && !TOKEN.matcher(headerName).matches()) {
            throw new IllegalArgumentException("\"" + headerName + "\" is not a valid header name");
        }
        if (headerValue != null && (headerValue.indexOf('\r') >= 0 || headerValue.indexOf('\n') >= 0)) {
            throw new IllegalArgumentException("the value of header " + headerName + " must be a single line");
        }
        lastMarker = lastMarker == null || lastMarker.isEmpty() ? null : lastMarker;
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout " + timeout);
        }
    }

    /** The settings without an API key header, with the default trust and timeout. */
    public static HttpsSettings of(URI url, String lastMarker) {
        return new HttpsSettings(url, null, null, lastMarker, null, null);
    }

    /** The URL as an admin may see it: without a query (it may carry a key), nor user info. */
    static String display(URI url) {
        if (url.getHost() == null) {
            return url.getScheme() == null ? "?" : url.getScheme() + ":…";
        }
        return url.getScheme() + "://" + url.getHost() + (url.getPort() == -1 ? "" : ":" + url.getPort())
                + (url.getRawPath() == null ? "" : url.getRawPath()) + (url.getRawQuery() == null ? "" : "?…");
    }

    @Override
    public String toString() {
        return "HttpsSettings[" + display(url) + (headerName == null ? "" : ", header " + headerName + ": ***")
                + ", last marker " + lastMarker + (sslContext == null ? "" : ", own trust") + ", timeout "
                + timeout.toSeconds() + " s]";
    }
}
