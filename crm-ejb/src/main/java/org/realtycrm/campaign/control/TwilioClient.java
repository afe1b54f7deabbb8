package org.realtycrm.campaign.control;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;

/**
 * The Twilio SDK's HTTP client, on the base URL and the timeouts of the settings. The SDK itself knows only Twilio's
 * hosts ({@code https://api.twilio.com}), sets its own timeouts on every request (half a minute to connect, none to
 * read an answer) and sends a request again when Twilio answers 5xx. Here:
 *
 * <ul>
 * <li>every request goes to the base URL: the SDK's request is copied into one whose URL is the SDK's own with the
 * base URL's scheme, host and port in front of its path (and the base URL's path, a proxy's prefix, before it); the
 * path, the query, the form, the headers and the credentials are the SDK's;
 * <li>every request connects and reads within the settings' timeouts (the SDK's per-request configuration is replaced
 * at the head of the Apache client's chain, before any connection is leased);
 * <li>nothing is ever sent again, neither by the SDK nor by the Apache client: a text sent twice is a text the
 * recipient gets twice (and pays for, on some plans). Retrying is the outbox's decision.
 * </ul>
 *
 * It uses the JVM's proxy and TLS settings, like the rest of the server.
 */
final class TwilioClient extends NetworkHttpClient {

    private final URI baseUrl;

    private TwilioClient(HttpClientBuilder http, URI baseUrl) {
        super(http);
        this.baseUrl = baseUrl;
    }

    static TwilioClient of(TwilioSettings settings) {
        Timeout connect = timeout(settings.connectTimeout());
        Timeout read = timeout(settings.readTimeout());
        PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                .useSystemProperties()
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(connect)
                        .setSocketTimeout(read)
                        // a kept-alive connection Twilio closed while it lay idle is found out before a text is
                        // written into it; written into, its failure could not tell "never arrived" from "answer lost"
                        .setValidateAfterInactivity(TimeValue.ofMilliseconds(1))
                        .build())
                .setMaxConnTotal(10)
                .setMaxConnPerRoute(10)
                .build();
        // no connect timeout here: the connection's (above) applies; the SDK's 30.5 s one is replaced by this
        RequestConfig timeouts = RequestConfig.custom()
                .setConnectionRequestTimeout(connect)
                .setResponseTimeout(read)
                .setRedirectsEnabled(false)
                .build();
        HttpClientBuilder http = HttpClients.custom()
                .useSystemProperties()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(timeouts)
                .addExecInterceptorFirst("crm-twilio-timeouts", (request, scope, chain) -> {
                    scope.clientContext.setRequestConfig(timeouts);
                    return chain.proceed(request, scope);
                })
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement();
        return new TwilioClient(http, settings.baseUrl());
    }

    private static Timeout timeout(Duration duration) {
        return Timeout.ofMilliseconds(duration.toMillis());
    }

    /** The SDK's request, sent to the base URL. */
    @Override
    public Response makeRequest(Request request) {
        return super.makeRequest(new Rebased(request, baseUrl));
    }

    /** Never again: neither a 5xx (the SDK's default) nor anything else. */
    @Override
    protected boolean shouldRetry(Response response, int[] retryCodes) {
        return false;
    }

    void close() {
        client.close(CloseMode.GRACEFUL);
    }

    /**
     * The SDK's URL ({@code https://api.twilio.com/2010-04-01/Accounts/AC…/Messages.json}) under the base URL: its
     * scheme, host and port, its path (without a trailing slash) and then the SDK's path and query.
     */
    static URL rebase(URL sdkUrl, URI baseUrl) {
        String prefix = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath().replaceAll("/+$", "");
        try {
            return URI.create(baseUrl.getScheme() + "://" + baseUrl.getRawAuthority() + prefix + sdkUrl.getFile())
                    .toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("the Twilio URL " + sdkUrl.getPath() + " cannot be put under " + baseUrl,
                    e);
        }
    }

    /**
     * A copy of the SDK's request whose URL is under the base URL. The SDK's client asks the request for its URL
     * ({@link Request#constructURL()}, made from its host, region and edge, its path and its query): that is where
     * the base URL comes in, once the SDK made its URL.
     */
    private static final class Rebased extends Request {

        private final Request sdk;
        private final URI baseUrl;

        Rebased(Request sdk, URI baseUrl) {
            super(sdk.getMethod(), sdk.getUrl());
            this.sdk = sdk;
            this.baseUrl = baseUrl;
            if (sdk.getUsername() != null || sdk.getPassword() != null) {
                setAuth(sdk.getUsername(), sdk.getPassword());
            }
            if (sdk.getAuthStrategy() != null) {
                setAuth(sdk.getAuthStrategy());
            }
            sdk.getQueryParams().forEach((name, values) -> values.forEach(value -> addQueryParam(name, value)));
            sdk.getPostParams().forEach((name, values) -> values.forEach(value -> addPostParam(name, value)));
            sdk.getHeaderParams().forEach((name, values) -> values.forEach(value -> addHeaderParam(name, value)));
            setFormParameters(sdk.getFormParameters());
            setContentType(sdk.getContentType());
            setBody(sdk.getBody());
            setUserAgentExtensions(sdk.getUserAgentExtensions());
        }

        @Override
        public URL constructURL() {
            return rebase(sdk.constructURL(), baseUrl);
        }
    }

    @Override
    public String toString() {
        return "TwilioClient[" + baseUrl + "]";
    }
}
