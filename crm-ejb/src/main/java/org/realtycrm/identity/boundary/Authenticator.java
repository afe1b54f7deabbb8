package org.realtycrm.identity.boundary;

import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.realtycrm.identity.control.Credentials;
import org.realtycrm.identity.control.TokenIssuer;
import org.realtycrm.identity.control.TokenIssuer.SignedToken;
import org.realtycrm.identity.entity.User;
import org.realtycrm.platform.problem.UnauthenticatedException;

/** Checks an email and password: for an access token (the API), or for a signed-in session (the screens). */
@Stateless
@PermitAll
public class Authenticator {

    // One message for every failure, so that a caller cannot probe which emails have accounts.
    static final String FAILED = "the email or password is wrong, or the account is deactivated";

    @Inject
    Credentials credentials;

    @Inject
    TokenIssuer tokens;

    public SignedToken issueToken(String email, String password) {
        return tokens.issue(check(email, password));
    }

    /**
     * For the screens' identity store, which must not see an exception for a wrong password.
     *
     * @return who these credentials belong to, or empty for a wrong email or password or a deactivated account
     */
    public Optional<SignedInCaller> verify(String email, String password) {
        try {
            User user = check(email, password);
            return Optional.of(new SignedInCaller(user.getEmail(), user.getRole()));
        } catch (UnauthenticatedException refused) {
            return Optional.empty();
        }
    }

    private User check(String email, String password) {
        return credentials.holder(email, password).filter(User::isActive)
                .orElseThrow(() -> new UnauthenticatedException(FAILED));
    }
}
