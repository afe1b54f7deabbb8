package org.realtycrm.portal.control;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.integration.control.IntakeSettings;
import org.realtycrm.integration.entity.IntakeSource;
import org.realtycrm.integration.entity.IntakeSourceRepository;
import org.realtycrm.platform.problem.UnauthenticatedException;

/**
 * Checks that a call comes from the website's nodes: signed with the website's intake source, and no other. Other
 * intake sources (portals' lead feeds, integrators) send leads; only the website speaks for visitors to the portal.
 */
@ApplicationScoped
public class WebsiteCalls {

    @Inject
    IntakeSourceRepository sources;

    @Inject
    @ConfigProperty(name = IntakeSettings.WEBSITE_KEY)
    Optional<String> websiteKey;

    Clock clock = Clock.systemUTC();

    /** @return the website's source, whose lead source and name the sign-ups are credited to */
    public IntakeSource verify(String keyId, String timestamp, String signature, byte[] body) {
        String key = keyId == null ? "" : keyId.strip();
        IntakeSource source = websiteKey.filter(key::equals)
                .filter(IntakeSource::wellFormedKey)
                .flatMap(sources::findByKey)
                .filter(found -> found.accepts(key))
                .orElseThrow(() -> new UnauthenticatedException("X-Intake-Key does not name the website's intake "
                        + "source"));
        source.verify(timestamp, signature, body, clock.instant());
        return source;
    }
}
