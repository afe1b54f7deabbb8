package org.realtycrm.identity.control;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.realtycrm.identity.entity.EmailAddress;
import org.realtycrm.identity.entity.User;
import org.realtycrm.identity.entity.UserRepository;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * Whose an email and password are. An unknown email costs as long as a wrong password (a decoy is verified), so
 * that the time of an answer does not tell which emails have accounts.
 */
@ApplicationScoped
public class Credentials {

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher passwords;

    /** @return the user whose password this is, active or not; empty for any other email or password */
    public Optional<User> holder(String email, String password) {
        String normalized;
        try {
            normalized = EmailAddress.normalize("email", email);
        } catch (InvalidInputException notAnEmail) {
            normalized = null;
        }
        User user = normalized == null ? null : users.findByEmail(normalized).orElse(null);
        if (user == null) {
            passwords.verifyDecoy(password);
            return Optional.empty();
        }
        return passwords.matches(password, user.getPasswordHash()) ? Optional.of(user) : Optional.empty();
    }
}
