package org.realtycrm.identity.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.entity.Role;

/**
 * The signed-in user as the pages show them ({@code #{me.name}}, {@code #{me.admin}}). Pages use the role only to
 * decide what to show; what the user may do is decided by the boundaries.
 */
@Named("me")
@RequestScoped
public class SignedInUser {

    @Inject
    CurrentUser current;

    public String getName() {
        return current.user().getName();
    }

    public String getEmail() {
        return current.user().getEmail();
    }

    /** Admin-only controls are shown (the menu's Users, the agent filter and choices, list actions). */
    public boolean isAdmin() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.ADMIN_NAME);
    }

    /** A team leader works their team's leads: the agent filter and the lead's assignment show for them too. */
    public boolean isTeamLeader() {
        return current.leadsATeam();
    }

    /** Whether routed leads come to this user now (the top bar's duty switch shows it). */
    public boolean isOnDuty() {
        return current.user().isOnDuty();
    }

    /** Identifies this user's browser sessions to {@code <f:websocket user>}. */
    public Long getId() {
        return current.id();
    }
}
