package org.realtycrm.mls.control;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * One RETS session: Login (HTTP Digest), the capability URLs it returns, the session cookie
 * ({@code RETS-Session-ID}, kept by this session's own {@link CookieManager}), and GET requests within the feed's
 * limits. Every request carries {@code RETS-Version}, {@code User-Agent}, the Digest {@code Authorization} of the
 * challenge held and, with a UA password, {@code RETS-UA-Authorization}. A {@code 401} with a new challenge (the
 * nonce went stale, the session timed out) is answered once; a second {@code 401} is a refusal. Pacing, and
 * retries of {@code 429}, {@code 5xx}, timeouts and broken connections, are the feed's {@link PacedRetries}.
 */
final class RetsSession {

    private static final String SESSION_COOKIE = "RETS-Session-ID";

    private final RetsSettings settings;
    private final HttpClient http;
    private final CookieManager cookies;
    private final DigestAuthentication digest;
    private final PacedRetries retries;
    private Map<String, URI> capabilities;

    RetsSession(RetsSettings settings, Clock clock, Sleeper sleeper) {
        this.settings = settings;
        this.cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        this.http = HttpClient.newBuilder().connectTimeout(settings.limits().connectTimeout()).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.digest = new DigestAuthentication(settings.username(), settings.password());
        this.retries = new PacedRetries("the RETS server", settings.limits().pacing(clock, sleeper),
                settings.limits().retry(), clock, sleeper);
    }

    /** The capability URL named {@code name} (Search, GetObject, Logout …), logging in first if need be. */
    synchronized Optional<URI> capability(String name) {
        if (capabilities == null) {
            login();
        }
        return Optional.ofNullable(capabilities.get(name));
    }

    synchronized boolean loggedIn() {
        return capabilities != null;
    }

    private void login() {
        URI url = settings.loginUrl();
        HttpResponse<byte[]> response = get(url, settings.limits().maxAttempts());
        Map<String, String> values = RetsReplies.login(response.body(), url);
        Map<String, URI> resolved = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> value : values.entrySet()) {
            if (value.getKey().matches("Login|Logout|Search|GetObject|GetMetadata|Update|ChangePassword|PostObject|GetPayloadList")) {
                try {
                    resolved.put(value.getKey(), url.resolve(value.getValue()));
                } catch (IllegalArgumentException e) {
                    throw new FeedUnavailableException("the login's " + value.getKey() + " URL is not a URL", 200, url, 1, e);
                }
            }
        }
        if (!resolved.containsKey("Search")) {
            throw new FeedUnavailableException("the login named no Search URL", 200, url, 1);
        }
        capabilities = resolved;
    }

    /** Logs out when logged in; a failure is ignored (the session expires on the server anyway). */
    synchronized void logout() {
        if (capabilities == null) {
            return;
        }
        Optional<URI> logout = Optional.ofNullable(capabilities.get("Logout"));
        capabilities = null;
        logout.ifPresent(url -> {
            try {
                get(url, 1);
            } catch (RuntimeException ignored) {
                // nothing to do: the server ends the session by itself
            }
        });
    }

    /** A paced, retried GET answered 200; anything else fails with {@link FeedUnavailableException}. */
    HttpResponse<byte[]> get(URI url) {
        synchronized (this) {
            if (capabilities == null) {
                login();
            }
        }
        return get(url, settings.limits().maxAttempts());
    }

    private HttpResponse<byte[]> get(URI url, int maxAttempts) {
        return retries.get(url, maxAttempts, new PacedRetries.Call<>() {
            private int challengesAnswered;

            @Override
            HttpResponse<byte[]> send() throws IOException, InterruptedException {
                return http.send(request(url), HttpResponse.BodyHandlers.ofByteArray());
            }

            @Override
            HttpResponse<byte[]> ok(HttpResponse<byte[]> response, int attempt) {
                return response;
            }

            @Override
            boolean unauthorized(HttpResponse<byte[]> response, int attempt) {
                int status = response.statusCode();
                Optional<DigestAuthentication.Challenge> challenge;
                try {
                    challenge = DigestAuthentication.challenge(response.headers().allValues("WWW-Authenticate"));
                } catch (IllegalArgumentException e) {
                    throw new FeedUnavailableException("the RETS server's challenge cannot be answered: "
                            + e.getMessage(), status, url, attempt, e);
                }
                if (challenge.isEmpty()) {
                    throw new FeedUnavailableException("the RETS server refused the request without a Digest challenge",
                            status, url, attempt);
                }
                if (challengesAnswered >= 2 || challengesAnswered == 1 && !challenge.get().stale()) {
                    throw new FeedUnavailableException("the RETS server refused the user name or password of "
                            + settings.username(), status, url, attempt);
                }
                digest.challenged(challenge.get());
                challengesAnswered++;
                return true;
            }
        });
    }

    private HttpRequest request(URI url) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(settings.limits().requestTimeout())
                .header("RETS-Version", RetsSettings.RETS_VERSION)
                .header("User-Agent", settings.userAgent())
                .header("Accept", "*/*")
                .GET();
        if (digest.hasChallenge()) {
            String target = url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
            request.header("Authorization", digest.authorization("GET", target));
        }
        settings.userAgentPassword().ifPresent(uaPassword ->
                request.header("RETS-UA-Authorization", uaAuthorization(settings.userAgent(), uaPassword, "",
                        sessionId().orElse(""), RetsSettings.RETS_VERSION)));
        return request.build();
    }

    /**
     * RETS 1.7.2 §3.10 user-agent authentication: {@code Digest} followed by
     * {@code MD5(MD5(UserAgent:UA-Password):RETS-Request-ID:RETS-Session-ID:RETS-Version)} in hex; the request id
     * and session id are empty when there is none (before the login sets the session cookie).
     */
    static String uaAuthorization(String userAgent, String uaPassword, String requestId, String sessionId, String version) {
        String a1 = DigestAuthentication.md5Hex(userAgent + ":" + uaPassword);
        return "Digest " + DigestAuthentication.md5Hex(a1 + ":" + requestId + ":" + sessionId + ":" + version);
    }

    private Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> SESSION_COOKIE.equalsIgnoreCase(cookie.getName()))
                .map(HttpCookie::getValue).findFirst();
    }

    @Override
    public String toString() {
        return "RetsSession[" + settings + "]";
    }
}
