package org.realtycrm.portal.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.realtycrm.platform.site.Hmac;
import org.realtycrm.platform.site.SiteSettings;

/**
 * The hidden {@code csrf} field of every form a signed-in client posts: the HMAC-SHA256 of their session's token,
 * under a key derived from the website's intake secret (as the forms' tickets are, so every node makes and checks the
 * same). Another site can make a browser post to ours with its cookie, but cannot read our page to learn this value;
 * the site keeps nothing to check it by, as it keeps no session.
 */
@ApplicationScoped
public class CsrfTokens {

    @Inject
    SiteSettings settings;

    private byte[] key;

    @PostConstruct
    void deriveKey() {
        byte[] secret = settings.intakeSecret().map(s -> s.getBytes(StandardCharsets.UTF_8)).orElseGet(() -> {
            byte[] random = new byte[32]; // no intake configured: nobody can sign in anyway
            new SecureRandom().nextBytes(random);
            return random;
        });
        key = Hmac.sha256(secret, "realty-crm site client csrf".getBytes(StandardCharsets.UTF_8));
    }

    /** For tests: tokens under a key of their own. */
    static CsrfTokens with(byte[] key) {
        CsrfTokens tokens = new CsrfTokens();
        tokens.key = key.clone();
        return tokens;
    }

    /** The value a form of the client whose session is {@code clientToken} carries. */
    public String of(String clientToken) {
        return HexFormat.of().formatHex(Hmac.sha256(key, clientToken.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether a posted value is the one made for this session (compared in constant time). */
    public boolean matches(String clientToken, String posted) {
        return posted != null && MessageDigest.isEqual(of(clientToken).getBytes(StandardCharsets.US_ASCII),
                posted.getBytes(StandardCharsets.US_ASCII));
    }
}
