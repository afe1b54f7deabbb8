package org.realtycrm.identity.control;

import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.platform.ratelimit.RateLimiter;

/**
 * The brake on guessing passwords: sign-in attempts per email and per client address. It lives here, not in a web
 * module, so that the API's token endpoint and the screens' sign-in form draw from the same allowance: switching
 * from one to the other does not buy an attacker more guesses.
 */
@ApplicationScoped
public class SignInAttempts {

    @Inject
    @ConfigProperty(name = IdentitySettings.SIGN_IN_PER_EMAIL)
    long perEmail;

    @Inject
    @ConfigProperty(name = IdentitySettings.SIGN_IN_PER_ADDRESS)
    long perAddress;

    @Inject
    @ConfigProperty(name = IdentitySettings.SIGN_IN_WINDOW_MINUTES)
    long windowMinutes;

    private RateLimiter byEmail;
    private RateLimiter byAddress;

    @PostConstruct
    void create() {
        Duration window = Duration.ofMinutes(windowMinutes);
        byEmail = new RateLimiter(perEmail, window);
        byAddress = new RateLimiter(perAddress, window);
    }

    /** Counts one attempt. @return seconds to wait, when this email or this address has tried too often */
    public OptionalLong attempt(String email, String address) {
        OptionalLong wait = byAddress.tryAcquire(address);
        if (wait.isPresent()) {
            return wait;
        }
        return byEmail.tryAcquire(email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }
}
