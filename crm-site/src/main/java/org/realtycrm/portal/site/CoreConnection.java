package org.realtycrm.portal.site;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.realtycrm.platform.site.IntakeSigning;
import org.realtycrm.platform.site.SiteSettings;

/**
 * The client portal's calls to the core's API ({@code /api/v1/portal/...}): signed as the website's intake source
 * when no client's token covers them (sign-up, sign-in, a link from an email), else as the signed-in client with
 * their token. A core that cannot be reached is a {@link CoreUnavailableException}; what it answered is the caller's
 * to read.
 */
@ApplicationScoped
public class CoreConnection {

    private static final Logger LOG = Logger.getLogger(CoreConnection.class.getName());
    static final String PORTAL = "/api/v1/portal";
    /** A page waits this long for what it shows (the client's favourites beside a listing, their account). */
    static final Duration READ = Duration.ofSeconds(3);
    /** A change, a sign-in (the core hashes the password), a sign-up (it sends an email). */
    static final Duration WRITE = Duration.ofSeconds(10);
    /** "The client viewed this home" is sent beside the page, which never waits for it. */
    static final Duration IN_BACKGROUND = Duration.ofSeconds(2);

    @Inject
    SiteSettings settings;

    private HttpClient http;
    private Clock clock = Clock.systemUTC();

    @PostConstruct
    void connect() {
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    }

    /** {@code POST} of a body no client's token covers, signed as the website ({@link IntakeSigning}). */
    public CoreAnswer signed(String path, JsonObject body) {
        if (settings.intakeKey().isEmpty() || settings.intakeSecret().isEmpty()) {
            LOG.severe("crm.site.intake-key and crm.site.intake-secret are not set: the client portal cannot call "
                    + "the core");
            throw new CoreUnavailableException("the site's intake source is not configured");
        }
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        HttpRequest request = IntakeSigning.signed(HttpRequest.newBuilder(uri(path)), settings.intakeKey().get(),
                        settings.intakeSecret().get(), clock.instant(), bytes)
                .timeout(WRITE)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        return send(request);
    }

    /** A call as the signed-in client: {@code Authorization: Bearer <their token>}; {@code body} may be null. */
    public CoreAnswer asClient(String method, String path, String token, JsonObject body, Duration timeout) {
        return send(asClientRequest(method, path, token, body, timeout));
    }

    /**
     * A call as the client that the page does not wait for: sent on the HTTP client's own threads, given up after
     * {@link #IN_BACKGROUND}; what it answered or why it failed is only logged.
     */
    public void asClientInBackground(String path, String token, JsonObject body) {
        try {
            HttpRequest request = asClientRequest("POST", path, token, body, IN_BACKGROUND);
            http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                if (failure != null) {
                    LOG.log(Level.FINE, "POST {0} was not sent: {1}", new Object[] {path, failure.toString()});
                } else if (response.statusCode() / 100 != 2) {
                    LOG.log(response.statusCode() == 401 ? Level.FINE : Level.INFO, "POST {0} answered {1}",
                            new Object[] {path, response.statusCode()});
                }
            });
        } catch (RuntimeException e) { // whatever becomes of it, the page is drawn
            LOG.log(Level.INFO, "POST " + path + " could not be sent", e);
        }
    }

    private HttpRequest asClientRequest(String method, String path, String token, JsonObject body,
            Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(timeout)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build();
    }

    private URI uri(String path) {
        return URI.create(settings.coreUrl() + PORTAL + path);
    }

    private CoreAnswer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(
                    StandardCharsets.UTF_8));
            return new CoreAnswer(response.statusCode(), response.body(),
                    CoreAnswer.retryAfter(response.headers().firstValue("Retry-After").orElse(null)));
        } catch (IOException e) {
            LOG.warning(() -> request.method() + " " + request.uri().getPath() + " did not reach the core: " + e);
            throw new CoreUnavailableException("the core could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CoreUnavailableException("interrupted while calling the core", e);
        }
    }
}
