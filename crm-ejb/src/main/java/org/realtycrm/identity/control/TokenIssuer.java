package org.realtycrm.identity.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.identity.entity.User;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs RS256 access tokens in the shape MicroProfile JWT verifies: {@code iss}, {@code upn} (the email, which is
 * the caller principal's name), {@code sub} (the user id), {@code groups} (the role), and {@code crm_cred}, which
 * password it was issued under. The private key is read
 * from {@code crm.jwt.private-key.location}; the public half is configured for the verifier by server-config.
 */
@ApplicationScoped
public class TokenIssuer {

    @Inject
    @ConfigProperty(name = IdentitySettings.PRIVATE_KEY_LOCATION)
    String privateKeyLocation;

    @Inject
    @ConfigProperty(name = IdentitySettings.ISSUER)
    String issuer;

    @Inject
    @ConfigProperty(name = IdentitySettings.TOKEN_LIFETIME_SECONDS)
    long lifetimeSeconds;

    /** Which password the token was issued under (see {@link User#credentialsStamp()}). */
    public static final String CREDENTIALS_CLAIM = "crm_cred";

    private volatile RSASSASigner signer;

    public record SignedToken(String token, long expiresInSeconds) {
    }

    public SignedToken issue(User user) {
        return issue(user, lifetimeSeconds);
    }

    /**
     * A token that lasts {@code seconds}: a client portal's session, which the website keeps in the client's cookie
     * (password changes and deactivation still end it at once: every request checks the account).
     */
    public SignedToken issue(User user, long seconds) {
        return sign(seconds, new JWTClaimsSet.Builder()
                .subject(String.valueOf(user.getId()))
                .claim("upn", user.getEmail())
                .claim("name", user.getName())
                .claim("groups", List.of(user.getRole().name()))
                .claim(CREDENTIALS_CLAIM, user.credentialsStamp()));
    }

    /**
     * A token for an integrator (an API client, not a user): its principal is the client id, which no user's email
     * can equal (a client id has no {@code @}), and its one group is {@link Role#INTEGRATOR_NAME}, so that it opens
     * only what that role may read.
     */
    public SignedToken issueForClient(String clientId, String clientName) {
        return sign(lifetimeSeconds, new JWTClaimsSet.Builder()
                .subject(clientId)
                .claim("upn", clientId)
                .claim("name", clientName)
                .claim("groups", List.of(Role.INTEGRATOR_NAME)));
    }

    private SignedToken sign(long seconds, JWTClaimsSet.Builder claimsOfTheCaller) {
        Instant now = Instant.now();
        JWTClaimsSet claims = claimsOfTheCaller
                .issuer(issuer)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(seconds)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
                claims);
        try {
            jwt.sign(signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign the access token", e);
        }
        return new SignedToken(jwt.serialize(), seconds);
    }

    private RSASSASigner signer() {
        if (signer == null) {
            signer = new RSASSASigner(readPrivateKey(Path.of(privateKeyLocation)));
        }
        return signer;
    }

    /** Reads a PKCS#8 PEM key ({@code openssl genpkey} output). */
    static PrivateKey readPrivateKey(Path pem) {
        try {
            String base64 = Files.readString(pem)
                    .replace("-----BEGIN PRIVATE KEY-----", "")
                    .replace("-----END PRIVATE KEY-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read the JWT signing key from " + pem
                    + " (set " + IdentitySettings.PRIVATE_KEY_LOCATION + " to a PKCS#8 PEM RSA key)", e);
        }
    }
}
