package org.realtycrm.identity.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.identity.control.SignInTickets;
import org.realtycrm.identity.entity.UserRepository;

/**
 * The screens' sign-ins, remembered in the database so that any node can continue one: the HTTP session that holds
 * a sign-in lives in one node only, and when that node goes down the browser's ticket lets the next node sign the
 * same person in again without their password. A ticket lasts as long as a session would: it ends when the user
 * signs out, after {@code crm.ui.sign-in-idle-minutes} without a request, when the password or role changes, or when
 * the account is deactivated; and every session it opened ends with it.
 */
@Stateless
@PermitAll
public class ScreenSignIns {

    @Inject
    SignInTickets tickets;

    @Inject
    UserRepository users;

    @Inject
    @ConfigProperty(name = "crm.ui.sign-in-idle-minutes")
    long idleMinutes;

    /** After a correct password: a ticket for the browser (the email is the container's caller name). */
    public String open(String email) {
        tickets.deleteOld(Instant.now());
        return users.findByEmail(email).map(user -> tickets.open(user, Instant.now()))
                .orElseThrow(() -> new IllegalStateException("no account " + email + " after its sign-in"));
    }

    /** Who a good ticket signs in, for a node that holds no session for it. */
    public Optional<SignedInCaller> resume(String token) {
        return tickets.resume(token, Duration.ofMinutes(idleMinutes), Instant.now())
                .map(user -> new SignedInCaller(user.getEmail(), user.getRole()));
    }

    /**
     * Whether the ticket behind a session is still open: a session whose ticket ended (signed out in another tab or
     * on another node, idle, outgrown) ends too. {@code touch}: the session is in use, the idle time starts again.
     */
    public boolean stillOpen(String token, boolean touch) {
        return tickets.open(token, Duration.ofMinutes(idleMinutes), Instant.now(), touch);
    }

    public void end(String token) {
        tickets.end(token, Instant.now());
    }
}
