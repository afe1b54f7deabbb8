package org.realtycrm.platform.rest;

import java.security.Principal;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.platform.ratelimit.RateLimiter;

/**
 * The API's limit per client for every call. Sign-in attempts are limited in crm-ejb
 * ({@code identity.control.SignInAttempts}), where the screens share the same allowance.
 */
@ApplicationScoped
public class RateLimits {

    @Inject
    @ConfigProperty(name = "crm.rate-limit.api.per-minute")
    long apiPerMinute;

    @Inject
    @ConfigProperty(name = "crm.rate-limit.intake.per-minute")
    long intakePerMinute;

    @Inject
    @ConfigProperty(name = "crm.rate-limit.sign-up.per-hour")
    long signUpsPerHour;

    private RateLimiter api;
    private RateLimiter intake;
    private RateLimiter signUps;

    @PostConstruct
    void create() {
        api = new RateLimiter(apiPerMinute, Duration.ofMinutes(1));
        intake = new RateLimiter(intakePerMinute, Duration.ofMinutes(1));
        signUps = new RateLimiter(signUpsPerHour, Duration.ofHours(1));
    }

    /**
     * A client portal sign-up, per email: each sends that address a message, so a stranger may not have us send
     * many. Its own allowance, not the sign-ins': sign-ups with a staff member's email must not lock them out.
     *
     * @return seconds to wait, when the email has had its sign-ups for the hour
     */
    public OptionalLong signUp(String email) {
        return signUps.tryAcquire("sign-up:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * A delivery of inbound leads, per source key (a website's visitors all arrive through its one server address,
     * so the source, not the address, is what is limited).
     *
     * @return seconds to wait, when the source has used up its deliveries
     */
    public OptionalLong intakeDelivery(String keyId) {
        return intake.tryAcquire("intake:" + keyId);
    }

    /** Whose allowance a request spends: its signed-in caller's, else its address's. */
    public static String client(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return principal != null ? "user:" + principal.getName() : "address:" + request.getRemoteAddr();
    }

    /** @return seconds to wait, when the client has used up its calls */
    public OptionalLong apiCall(String client) {
        return api.tryAcquire(client);
    }

    public static Response tooManyRequests(long retryAfterSeconds) {
        return Problems.retryLater(429, "too-many-requests", "Too many requests",
                "slow down: retry after " + retryAfterSeconds + " seconds", retryAfterSeconds);
    }
}
