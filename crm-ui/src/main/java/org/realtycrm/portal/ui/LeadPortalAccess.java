package org.realtycrm.portal.ui;

import java.io.Serializable;
import java.time.Instant;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.lead.ui.LeadView;
import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.ui.Messages;
import org.realtycrm.platform.ui.RelativeTime;
import org.realtycrm.portal.boundary.ClientInvitations;
import org.realtycrm.portal.boundary.ClientInvitations.PortalAccess;
import org.realtycrm.portal.boundary.ClientInvitations.Standing;

/**
 * The lead page's "Client portal" line: whether the lead has an account on the website, and the invitation to one
 * (sent again while it waits to be accepted).
 */
@Named
@ViewScoped
public class LeadPortalAccess implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "portalAccess";

    @Inject
    ClientInvitations invitations;

    @Inject
    LeadView lead;

    private PortalAccess access;

    private PortalAccess access() {
        if (access == null) {
            access = invitations.access(lead.getId());
        }
        return access;
    }

    public String getWords() {
        PortalAccess held = access();
        String since = held.since() == null ? "" : " " + RelativeTime.since(held.since(), Instant.now());
        return switch (held.standing()) {
            case NONE -> "No account on the website yet.";
            case INVITED -> "Invited as " + held.email() + since + "; not accepted yet.";
            case SIGNED_UP -> "Signed up as " + held.email() + since + "; email not confirmed yet.";
            case ACTIVE -> "Uses the portal as " + held.email() + " (since" + since + ").";
        };
    }

    public boolean isInvitable() {
        return access().standing() != Standing.ACTIVE;
    }

    public String getInviteLabel() {
        return access().standing() == Standing.NONE ? "Invite to the portal" : "Send the invitation again";
    }

    public void invite() {
        try {
            access = invitations.invite(lead.getId());
            Messages.info("Invitation sent to " + access.email() + ".");
            lead.timelineChanged();
        } catch (CrmException refused) {
            Messages.refused(refused, FORM);
        }
    }
}
