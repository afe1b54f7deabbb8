package org.realtycrm.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.realtycrm.identity.control.PasswordHasher;
import org.realtycrm.identity.control.TokenIssuer;
import org.realtycrm.identity.control.TokenIssuer.SignedToken;
import org.realtycrm.identity.entity.EmailAddress;
import org.realtycrm.identity.entity.User;
import org.realtycrm.identity.entity.UserRepository;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.UnauthenticatedException;

/** Exchanges an email and password for an access token. */
@Stateless
@PermitAll
public class Authenticator {

    // One message for every failure, so that a caller cannot probe which emails have accounts.
    static final String FAILED = "the email or password is wrong, or the account is deactivated";

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher passwords;

    @Inject
    TokenIssuer tokens;

    public SignedToken issueToken(String email, String password) {
        String normalized;
        try {
            normalized = EmailAddress.normalize("email", email);
        } catch (InvalidInputException notAnEmail) {
            normalized = null;
        }
        User user = normalized == null ? null : users.findByEmail(normalized).orElse(null);
        if (user == null) {
            passwords.verifyDecoy(password);
            throw new UnauthenticatedException(FAILED);
        }
        if (!passwords.matches(password, user.getPasswordHash()) || !user.isActive()) {
            throw new UnauthenticatedException(FAILED);
        }
        return tokens.issue(user);
    }
}
