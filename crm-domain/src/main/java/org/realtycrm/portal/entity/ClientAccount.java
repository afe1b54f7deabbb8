package org.realtycrm.portal.entity;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.realtycrm.platform.entity.Tracked;

/**
 * A client's place in the portal: the user (role CLIENT) and the lead they are, so that what they do shows on that
 * lead's timeline. The user stays inactive until the client has shown the email is theirs ({@link #verify}), by the
 * link sent at sign-up or by accepting their agent's invitation.
 */
@Entity
@Table(name = "client_accounts")
public class ClientAccount extends Tracked {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "lead_id", nullable = false)
    private long leadId;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "invited_by_id")
    private Long invitedById;

    protected ClientAccount() {
        // for JPA
    }

    /** Someone who signed up on the website, as the lead their sign-up went to. */
    public static ClientAccount signedUp(long userId, long leadId) {
        return new ClientAccount(userId, leadId, null);
    }

    /** A lead their agent invited to the portal. */
    public static ClientAccount invited(long userId, long leadId, long agentId) {
        return new ClientAccount(userId, leadId, agentId);
    }

    private ClientAccount(long userId, long leadId, Long invitedById) {
        this.userId = userId;
        this.leadId = leadId;
        this.invitedById = invitedById;
    }

    /** The email is the client's: from now on they may sign in. Confirming again keeps the first moment. */
    public void verify(Instant at) {
        if (verifiedAt == null) {
            verifiedAt = Objects.requireNonNull(at, "at");
        }
    }

    /** An agent invited the client (again, or after they signed up themselves and did not confirm). */
    public void invitedBy(long agentId) {
        this.invitedById = agentId;
    }

    public boolean isVerified() {
        return verifiedAt != null;
    }

    public Long getUserId() {
        return userId;
    }

    public long getLeadId() {
        return leadId;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public Long getInvitedById() {
        return invitedById;
    }
}
