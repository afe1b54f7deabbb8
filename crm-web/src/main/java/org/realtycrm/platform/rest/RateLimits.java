package org.realtycrm.platform.rest;

import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The API's limits: per client for every call, and per email and per address for sign-in attempts. */
@ApplicationScoped
public class RateLimits {

    @Inject
    @ConfigProperty(name = "crm.rate-limit.api.per-minute")
    long apiPerMinute;

    @Inject
    @ConfigProperty(name = "crm.rate-limit.sign-in.per-email")
    long signInPerEmail;

    @Inject
    @ConfigProperty(name = "crm.rate-limit.sign-in.per-address")
    long signInPerAddress;

    @Inject
    @ConfigProperty(name = "crm.rate-limit.sign-in.window-minutes")
    long signInWindowMinutes;

    private RateLimiter api;
    private RateLimiter signInByEmail;
    private RateLimiter signInByAddress;

    @PostConstruct
    void create() {
        api = new RateLimiter(apiPerMinute, Duration.ofMinutes(1));
        Duration window = Duration.ofMinutes(signInWindowMinutes);
        signInByEmail = new RateLimiter(signInPerEmail, window);
        signInByAddress = new RateLimiter(signInPerAddress, window);
    }

    /** @return seconds to wait, when the client has used up its calls */
    public OptionalLong apiCall(String client) {
        return api.tryAcquire(client);
    }

    /** @return seconds to wait, when this email or this address has tried too often */
    public OptionalLong signInAttempt(String email, String address) {
        OptionalLong byAddress = signInByAddress.tryAcquire(address);
        if (byAddress.isPresent()) {
            return byAddress;
        }
        return signInByEmail.tryAcquire(email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    public static Response tooManyRequests(long retryAfterSeconds) {
        return Response.fromResponse(Problems.of(429, "too-many-requests", "Too many requests",
                        "slow down: retry after " + retryAfterSeconds + " seconds"))
                .header("Retry-After", retryAfterSeconds)
                .build();
    }
}
