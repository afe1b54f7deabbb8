package org.realtycrm.integration.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.realtycrm.platform.site.Hmac;
import org.realtycrm.platform.site.SiteSettings;

/**
 * When a form's page was made, signed, in a hidden field: a form sent back sooner than a person could fill it in
 * ({@code crm.site.form.min-seconds}) is a robot's, and a ticket older than two days is stale. The signature (HMAC
 * under a key derived from the website's intake secret, so every node makes and checks the same tickets) keeps a
 * robot from writing an old time itself.
 */
@ApplicationScoped
public class FormTicket {

    /**
     * Two days: a page holding a ticket is cached at most until the day after it was drawn (its ETag names the day,
     * {@link #day()}), so its ticket still has a day to be used.
     */
    static final Duration MAX_AGE = Duration.ofDays(2);

    /** What a sent-back ticket says. */
    public enum Check { FILLED_IN, TOO_SOON, STALE, FORGED }

    @Inject
    SiteSettings settings;

    private byte[] key;
    private Clock clock = Clock.systemUTC();

    @PostConstruct
    void deriveKey() {
        byte[] secret = settings.intakeSecret().map(s -> s.getBytes(StandardCharsets.UTF_8)).orElseGet(() -> {
            byte[] random = new byte[32]; // no intake configured: the forms cannot be sent anyway
            new SecureRandom().nextBytes(random);
            return random;
        });
        key = Hmac.sha256(secret, "realty-crm site form ticket".getBytes(StandardCharsets.UTF_8));
    }

    /** For tests: a ticket's checker with its own key and clock. */
    static FormTicket with(byte[] key, Clock clock, SiteSettings settings) {
        FormTicket ticket = new FormTicket();
        ticket.key = key.clone();
        ticket.clock = clock;
        ticket.settings = settings;
        return ticket;
    }

    /** A ticket for a page made now. */
    public String issue() {
        String at = Long.toString(clock.instant().getEpochSecond());
        return at + "." + signature(at);
    }

    public Check check(String ticket) {
        if (ticket == null || ticket.length() > 64) {
            return Check.FORGED;
        }
        int dot = ticket.indexOf('.');
        if (dot < 1 || dot > 12) {
            return Check.FORGED;
        }
        String at = ticket.substring(0, dot);
        if (!at.chars().allMatch(Character::isDigit) || !MessageDigest.isEqual(
                signature(at).getBytes(StandardCharsets.US_ASCII),
                ticket.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Check.FORGED;
        }
        Duration age = Duration.between(Instant.ofEpochSecond(Long.parseLong(at)), clock.instant());
        if (age.compareTo(Duration.ofSeconds(settings.formMinSeconds())) < 0) {
            return Check.TOO_SOON;
        }
        return age.compareTo(MAX_AGE) > 0 ? Check.STALE : Check.FILLED_IN;
    }

    /** Today (UTC): part of the ETag of a page that holds a ticket, so that no cache keeps its ticket too long. */
    public String day() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
    }

    private String signature(String at) {
        return HexFormat.of().formatHex(Hmac.sha256(key, at.getBytes(StandardCharsets.US_ASCII)), 0, 16);
    }
}
