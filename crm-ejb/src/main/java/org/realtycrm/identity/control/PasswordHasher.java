package org.realtycrm.identity.control;

import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import org.realtycrm.platform.problem.InvalidInputException;

/**
 * Password hashing with Jakarta Security's PBKDF2 (HMAC-SHA512, 210,000 iterations, 32-byte salt: OWASP's
 * recommendation for PBKDF2-SHA512). The hash string carries its own parameters, so raising them later keeps old
 * hashes verifiable.
 */
@ApplicationScoped
public class PasswordHasher {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    // Verified when the email is unknown, so that a wrong email costs as long as a wrong password.
    private String decoyHash;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoyHash = pbkdf2.generate("decoy-password-for-timing".toCharArray());
    }

    /** @throws InvalidInputException when the password is too short or too long */
    public String hash(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInputException("password", "must be at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInputException("password", "must be at most " + MAX_LENGTH + " characters");
        }
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return password != null && pbkdf2.verify(password.toCharArray(), hash);
    }

    /** Spends the time of one verification without a user to verify against. */
    public void verifyDecoy(String password) {
        pbkdf2.verify(password == null ? new char[0] : password.toCharArray(), decoyHash);
    }
}
