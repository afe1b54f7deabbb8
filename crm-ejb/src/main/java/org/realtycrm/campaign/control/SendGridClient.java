package org.realtycrm.campaign.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;

import org.apache.http.client.config.RequestConfig;
import org.apache.http.client.utils.URIBuilder;
import org.apache.http.config.RegistryBuilder;
import org.apache.http.conn.socket.ConnectionSocketFactory;
import org.apache.http.conn.socket.PlainConnectionSocketFactory;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

import com.sendgrid.Client;

/**
 * The SendGrid SDK's HTTP client, on the base URL of the settings: the SDK itself knows only a host name and HTTPS,
 * and its default Apache client has no timeouts. Here every request has the settings' timeouts, uses the JVM's proxy
 * settings, and is never resent by the HTTP client on its own (a message resent is a message sent twice: retrying is
 * the outbox's decision).
 */
final class SendGridClient extends Client {

    private final URI baseUrl;

    private SendGridClient(CloseableHttpClient http, URI baseUrl) {
        super(http, "http".equals(baseUrl.getScheme()));
        this.baseUrl = baseUrl;
    }

    static SendGridClient of(SendGridSettings settings) {
        RequestConfig timeouts = RequestConfig.custom()
                .setConnectTimeout(millis(settings.connectTimeout()))
                .setConnectionRequestTimeout(millis(settings.connectTimeout()))
                .setSocketTimeout(millis(settings.readTimeout()))
                .build();
        PoolingHttpClientConnectionManager connections = new PoolingHttpClientConnectionManager(
                RegistryBuilder.<ConnectionSocketFactory>create()
                        .register("http", PlainConnectionSocketFactory.getSocketFactory())
                        .register("https", SSLConnectionSocketFactory.getSystemSocketFactory())
                        .build());
        connections.setMaxTotal(10);
        connections.setDefaultMaxPerRoute(10);
        // a kept-alive connection SendGrid closed while it lay idle is found out before a message is written into
        // it; written into, its failure could not tell "never arrived" (send again) from "answer lost" (do not)
        connections.setValidateAfterInactivity(1);
        CloseableHttpClient http = HttpClients.custom()
                .useSystemProperties()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(timeouts)
                .disableAutomaticRetries()
                .disableCookieManagement()
                .build();
        return new SendGridClient(http, settings.baseUrl());
    }

    private static int millis(Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, duration.toMillis());
    }

    /**
     * The SDK's endpoint ({@code /v3/mail/send}) under the base URL, whatever host the SDK names: the base URL's
     * scheme, host, port and path (a proxy's prefix) come first.
     */
    @Override
    public URI buildUri(String sdkHost, String endpoint, Map<String, String> queryParams) throws URISyntaxException {
        String prefix = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath().replaceAll("/+$", "");
        URIBuilder uri = new URIBuilder(baseUrl).setPath(prefix + endpoint);
        if (queryParams != null) {
            queryParams.forEach(uri::addParameter);
        }
        return uri.build();
    }
}
