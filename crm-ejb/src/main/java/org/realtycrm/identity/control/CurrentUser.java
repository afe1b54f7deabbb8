package org.realtycrm.identity.control;

import java.security.Principal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import org.realtycrm.identity.entity.Role;
import org.realtycrm.identity.entity.TeamRepository;
import org.realtycrm.identity.entity.User;
import org.realtycrm.identity.entity.UserRepository;
import org.realtycrm.lead.entity.LeadVisibility;
import org.realtycrm.platform.problem.UnauthenticatedException;
import org.realtycrm.property.entity.PropertyVisibility;
import org.realtycrm.task.entity.CalendarVisibility;

/**
 * The signed-in user of this request, loaded once. This is the one place that turns the caller into
 * record-level rights: which leads ({@link #leadVisibility()}), properties ({@link #propertyVisibility()}) and
 * calendars ({@link #calendarVisibility()}) they may
 * see. Role checks themselves are declared with {@code @RolesAllowed} on the boundaries.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    UserRepository users;

    @Inject
    TeamRepository teams;

    private User user;

    private LeadVisibility leadVisibility;

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

    /**
     * Why the caller's sign-in (an API token, a screens session) no longer speaks for the account, if it does not: a
     * role change or a password change since it was issued. (A deactivated account fails earlier, in {@link #user()}.)
     *
     * @param signedInAs whether the sign-in holds a role, as the edge that accepted it sees it (the API's JAX-RS
     *                   security context, the screens' servlet request): each edge knows what its own sign-in holds
     * @param credentialsStamp which password the sign-in was made with ({@link User#credentialsStamp()})
     */
    public Optional<String> staleSignInReason(Predicate<String> signedInAs, Long credentialsStamp) {
        if (!signedInAs.test(user().getRole().name())) {
            return Optional.of("your role changed: sign in again");
        }
        if (credentialsStamp == null || credentialsStamp != user().credentialsStamp()) {
            return Optional.of("your password changed: sign in again");
        }
        return Optional.empty();
    }

    public long id() {
        return user().getId();
    }

    private boolean isAdmin() {
        return user().getRole() == Role.ADMIN;
    }

    /**
     * Admins see every lead; a team leader their own and their team members' leads; everyone else only the leads
     * assigned to them. Read once per request: a team changed meanwhile applies from the caller's next request.
     */
    public LeadVisibility leadVisibility() {
        if (leadVisibility == null) {
            if (isAdmin()) {
                leadVisibility = LeadVisibility.all();
            } else {
                Set<Long> agents = new HashSet<>(teams.membersLedBy(id()));
                agents.add(id());
                leadVisibility = LeadVisibility.assignedToAnyOf(agents);
            }
        }
        return leadVisibility;
    }

    /** Whether the caller leads a team with other members, whose leads they see and may hand among them. */
    public boolean leadsATeam() {
        return !isAdmin() && leadVisibility().agentIds().size() > 1;
    }

    /** Admins see every calendar's tasks and appointments; everyone else only their own. */
    public CalendarVisibility calendarVisibility() {
        return isAdmin() ? CalendarVisibility.all() : CalendarVisibility.assignedTo(id());
    }

    /** Admins see every property; everyone else every MLS listing and the off-MLS properties they entered. */
    public PropertyVisibility propertyVisibility() {
        return isAdmin() ? PropertyVisibility.all() : PropertyVisibility.mlsAndOwn(id());
    }
}
