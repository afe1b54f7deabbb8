package org.realtycrm.portal.boundary;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.identity.entity.User;
import org.realtycrm.identity.entity.UserRepository;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadRepository;
import org.realtycrm.platform.problem.ConflictException;
import org.realtycrm.platform.problem.RecordNotFoundException;
import org.realtycrm.platform.problem.RuleViolationException;
import org.realtycrm.portal.control.AccountMails;
import org.realtycrm.portal.control.ClientAccounts;
import org.realtycrm.portal.control.ClientActivity;
import org.realtycrm.portal.entity.ClientAccount;
import org.realtycrm.portal.entity.LinkPurpose;

/**
 * Agents invite their leads to the client portal; the lead page shows where the invitation stands. An agent reaches
 * only the leads they may see ({@link CurrentUser#leadVisibility()}), an admin every lead.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.AGENT_NAME})
public class ClientInvitations {

    /** Where a lead stands with the portal. */
    public enum Standing { NONE, INVITED, SIGNED_UP, ACTIVE }

    public record PortalAccess(Standing standing, String email, Instant since) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    LeadRepository leads;

    @Inject
    UserRepository users;

    @Inject
    ClientAccounts accounts;

    @Inject
    AccountMails mails;

    @Inject
    ClientActivity activity;

    public PortalAccess access(long leadId) {
        lead(leadId);
        return accounts.ofLead(leadId).stream().findFirst().map(account -> {
            User client = users.findById(account.getUserId()).orElseThrow();
            Standing standing = account.isVerified() ? Standing.ACTIVE
                    : account.getInvitedById() != null ? Standing.INVITED : Standing.SIGNED_UP;
            return new PortalAccess(standing, client.getEmail(),
                    account.isVerified() ? account.getVerifiedAt() : account.getCreatedAt());
        }).orElse(new PortalAccess(Standing.NONE, null, null));
    }

    /**
     * Emails the lead a link to choose a password for their own account (again, with a new link, while they have
     * not used it).
     *
     * @throws RuleViolationException when the lead has no email
     * @throws ConflictException when the email belongs to an account already in use
     */
    public PortalAccess invite(long leadId) {
        Lead lead = lead(leadId);
        if (lead.getEmail() == null) {
            throw new RuleViolationException("the lead has no email to send the invitation to");
        }
        User agent = currentUser.user();
        Optional<User> holder = users.findByEmail(lead.getEmail());
        ClientAccount account;
        if (holder.isPresent()) {
            account = holder.filter(user -> user.getRole() == Role.CLIENT)
                    .flatMap(user -> accounts.of(user.getId()))
                    .filter(existing -> existing.getLeadId() == leadId && !existing.isVerified())
                    .orElseThrow(() -> new ConflictException("an account with " + lead.getEmail()
                            + " exists already"));
            account.invitedBy(agent.getId());
        } else {
            account = accounts.open(lead.getEmail(), lead.fullName(), accounts.unknowablePasswordHash(), leadId,
                    agent.getId());
        }
        User client = users.findById(account.getUserId()).orElseThrow();
        mails.invitation(client, agent.getName(), accounts.passwordLink(client.getId(), LinkPurpose.INVITE));
        activity.record(agent, account, ActivityAction.CLIENT_INVITED, agent.getName() + " invited "
                + lead.fullName() + " to the client portal", Map.of("email", lead.getEmail()));
        return access(leadId);
    }

    private Lead lead(long leadId) {
        return leads.find(leadId, currentUser.leadVisibility())
                .orElseThrow(() -> new RecordNotFoundException("lead", leadId));
    }
}
