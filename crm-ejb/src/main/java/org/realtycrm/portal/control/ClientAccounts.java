package org.realtycrm.portal.control;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.identity.control.PasswordHasher;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.identity.entity.User;
import org.realtycrm.identity.entity.UserRepository;
import org.realtycrm.portal.entity.ClientAccount;
import org.realtycrm.portal.entity.ClientLink;
import org.realtycrm.portal.entity.LinkPurpose;
import org.realtycrm.platform.problem.AccessDeniedException;

/**
 * The client accounts and the links that open them: a client is made as an inactive user (no sign-in takes them
 * in) tied to their lead, and becomes active when a link we emailed them is opened.
 */
@ApplicationScoped
public class ClientAccounts {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher passwords;

    private static final SecureRandom RANDOM = new SecureRandom();

    Clock clock = Clock.systemUTC();

    /** A new client, not yet able to sign in, and their account tied to the lead. */
    public ClientAccount open(String email, String name, String passwordHash, long leadId, Long invitedById) {
        User user = new User(email, name, Role.CLIENT, passwordHash);
        user.deactivate();
        users.add(user);
        em.flush();
        ClientAccount account = invitedById == null ? ClientAccount.signedUp(user.getId(), leadId)
                : ClientAccount.invited(user.getId(), leadId, invitedById);
        em.persist(account);
        return account;
    }

    /** For an invited client, who has no password until they choose one: 256 random bits nobody knows. */
    public String unknowablePasswordHash() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return passwords.hash(HexFormat.of().formatHex(random));
    }

    public Optional<ClientAccount> of(long userId) {
        return Optional.ofNullable(em.find(ClientAccount.class, userId));
    }

    /**
     * @throws AccessDeniedException for a user with the role CLIENT but no account (one an admin made in the users
     *                               API): the portal is for the clients the website made or an agent invited
     */
    public ClientAccount ofClient(User client) {
        return of(client.getId()).orElseThrow(() -> new AccessDeniedException("this user has no client portal"));
    }

    public List<ClientAccount> ofLead(long leadId) {
        return em.createQuery("select a from ClientAccount a where a.leadId = :lead order by a.userId",
                ClientAccount.class).setParameter("lead", leadId).getResultList();
    }

    /**
     * A new link to choose a password ({@link LinkPurpose#INVITE} or {@link LinkPurpose#RESET}); the links of that
     * purpose given before stop opening.
     */
    public String passwordLink(long userId, LinkPurpose purpose) {
        Instant now = clock.instant();
        em.createQuery("update ClientLink l set l.usedAt = :now where l.userId = :user and l.purpose = :purpose"
                        + " and l.usedAt is null")
                .setParameter("now", now).setParameter("user", userId).setParameter("purpose", purpose)
                .executeUpdate();
        ClientLink.Issued issued = ClientLink.issue(userId, purpose, now);
        em.persist(issued.link());
        return issued.token();
    }

    /**
     * A new confirmation link that sets {@code passwordHash} when opened. Earlier ones still open (each with the
     * password of its own sign-up): a stranger's sign-up with the same address cannot cancel the owner's link.
     */
    public String confirmation(long userId, String passwordHash) {
        ClientLink.Issued issued = ClientLink.issue(userId, LinkPurpose.VERIFY, clock.instant(), passwordHash);
        em.persist(issued.link());
        return issued.token();
    }

    /**
     * Opens a link: its user's account is confirmed, the user active, and the link's password (if it carries one)
     * theirs.
     *
     * @return the user, or empty for a token that is unknown, used or expired (all alike to the caller)
     */
    public Optional<User> openLink(String token, LinkPurpose purpose) {
        if (!ClientLink.wellFormed(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ClientLink> link = em.createQuery("select l from ClientLink l where l.tokenHash = :hash"
                        + " and l.purpose = :purpose", ClientLink.class)
                .setParameter("hash", ClientLink.hash(token)).setParameter("purpose", purpose)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .filter(found -> found.opensAt(now));
        if (link.isEmpty()) {
            return Optional.empty();
        }
        link.get().use(now);
        // one way in: the other links still out (a stranger's sign-up with the same address among them) stop opening
        em.createQuery("update ClientLink l set l.usedAt = :now where l.userId = :user and l.usedAt is null")
                .setParameter("now", now).setParameter("user", link.get().getUserId())
                .executeUpdate();
        Optional<ClientAccount> account = of(link.get().getUserId());
        Optional<User> user = users.findById(link.get().getUserId());
        if (account.isEmpty() || user.isEmpty()) {
            return Optional.empty();
        }
        if (link.get().getPasswordHash() != null) {
            user.get().changePasswordHash(link.get().getPasswordHash());
        }
        boolean firstConfirmation = !account.get().isVerified();
        account.get().verify(now);
        if (firstConfirmation) {
            // an account an admin deactivated after it was confirmed stays deactivated
            user.get().activate();
        }
        return user.filter(User::isActive);
    }
}
