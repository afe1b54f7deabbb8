package org.realtycrm.identity.control;

import java.security.Principal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import org.realtycrm.identity.entity.Role;
import org.realtycrm.identity.entity.User;
import org.realtycrm.identity.entity.UserRepository;
import org.realtycrm.lead.entity.LeadVisibility;
import org.realtycrm.platform.problem.UnauthenticatedException;

/**
 * The signed-in user of this request, loaded once. This is the one place that turns the caller into
 * record-level rights: which leads they may see ({@link #leadVisibility()}). Role checks themselves are declared
 * with {@code @RolesAllowed} on the boundaries.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    UserRepository users;

    private User user;

    /** @throws UnauthenticatedException when nobody is signed in, or the account was deactivated since */
    public User user() {
        if (user == null) {
            Principal principal = security.getCallerPrincipal();
            if (principal == null) {
                throw new UnauthenticatedException("sign in first");
            }
            user = users.findByEmail(principal.getName())
                    .filter(User::isActive)
                    .orElseThrow(() -> new UnauthenticatedException("this account is no longer active"));
        }
        return user;
    }

    /** Whether the token's role is still the user's role: a role change invalidates earlier tokens. */
    public boolean tokenMatchesRole() {
        return security.isCallerInRole(user().getRole().name());
    }

    public long id() {
        return user().getId();
    }

    private boolean isAdmin() {
        return user().getRole() == Role.ADMIN;
    }

    /** Admins see every lead; everyone else only the leads assigned to them. */
    public LeadVisibility leadVisibility() {
        return isAdmin() ? LeadVisibility.all() : LeadVisibility.assignedTo(id());
    }
}
