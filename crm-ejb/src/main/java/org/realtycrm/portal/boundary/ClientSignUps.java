package org.realtycrm.portal.boundary;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.identity.control.Credentials;
import org.realtycrm.identity.control.PasswordHasher;
import org.realtycrm.identity.control.TokenIssuer;
import org.realtycrm.identity.entity.EmailAddress;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.identity.entity.User;
import org.realtycrm.identity.entity.UserRepository;
import org.realtycrm.integration.control.InquiryDesk;
import org.realtycrm.integration.entity.Inquiry;
import org.realtycrm.integration.entity.InquiryKind;
import org.realtycrm.integration.entity.IntakeSource;
import org.realtycrm.platform.problem.LinkExpiredException;
import org.realtycrm.platform.problem.UnauthenticatedException;
import org.realtycrm.portal.control.AccountMails;
import org.realtycrm.portal.control.ClientAccounts;
import org.realtycrm.portal.control.ClientActivity;
import org.realtycrm.portal.control.ListingAlerts;
import org.realtycrm.portal.control.PortalSettings;
import org.realtycrm.portal.control.WebsiteCalls;
import org.realtycrm.portal.entity.ClientAccount;
import org.realtycrm.portal.entity.LinkPurpose;

/**
 * The portal's doors for visitors who are not signed in: sign up, confirm the email, accept an agent's invitation,
 * sign in, and the alerts' one-click unsubscribe. Only the website's nodes call it, each call signed as the
 * website's intake source ({@link WebsiteCalls}); that signature is checked before anything else, so the boundary is
 * open to every caller.
 */
@Stateless
@PermitAll
public class ClientSignUps {

    static final String EXPIRED = "This link has expired or was used already.";

    /** A signed-in client: the core's access token, which the website keeps in the client's cookie. */
    public record Session(String accessToken, long expiresInSeconds, String name) {

        @Override
        public String toString() {
            return "Session[" + name + "]";
        }
    }

    /** How a sign-in went: signed in (with the session), waiting for the email's confirmation, or refused. */
    public enum SignInOutcome { SIGNED_IN, EMAIL_NOT_CONFIRMED, REFUSED }

    /** A sign-in's outcome, and the session when signed in. */
    public record SignIn(SignInOutcome outcome, Optional<Session> session) {
    }

    /** What a visitor typed to sign up. */
    public record SignUp(String firstName, String lastName, String email, String phone, String password) {

        @Override
        public String toString() {
            return "SignUp[" + email + "]";
        }
    }

    @Inject
    WebsiteCalls website;

    @Inject
    InquiryDesk desk;

    @Inject
    ClientAccounts accounts;

    @Inject
    AccountMails mails;

    @Inject
    ClientActivity activity;

    @Inject
    ListingAlerts alerts;

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher passwords;

    @Inject
    Credentials credentials;

    @Inject
    TokenIssuer tokens;

    @Inject
    @ConfigProperty(name = PortalSettings.SESSION_DAYS)
    int sessionDays;

    /**
     * Checks that the call is the website's, before the caller counts it against any allowance.
     *
     * @throws UnauthenticatedException when it is not
     */
    public void authenticate(SignedCall call) {
        website.verify(call.keyId(), call.timestamp(), call.signature(), call.body());
    }

    /**
     * Someone new becomes a lead (or is known as one, by email or phone, exactly as any inquiry) with an account
     * that opens when they confirm the email. An email that has an account already gets a message saying so; the
     * answer to the form is the same either way, so that it does not tell who has an account.
     */
    public void signUp(SignedCall call, SignUp form) {
        IntakeSource source = website.verify(call.keyId(), call.timestamp(), call.signature(), call.body());
        String passwordHash = passwords.hash(form.password());
        String email = EmailAddress.normalize("email", form.email());
        Optional<User> existing = users.findByEmail(email);
        if (existing.isPresent()) {
            remind(existing.get(), passwordHash);
            return;
        }
        // the account is tied to the lead its email is: a phone typed on the form is anyone's to type, so it joins
        // no lead of someone else's (as it would for an inquiry); it goes in the message for the agent to check
        boolean phoneGiven = form.phone() != null && !form.phone().isBlank();
        Inquiry inquiry = new Inquiry(InquiryKind.SIGN_UP, form.firstName(), form.lastName(), email, null,
                "Made a client account on the website" + (phoneGiven ? ". Phone given: " + form.phone().strip() : ""),
                null, null, null);
        long leadId = desk.take(source, inquiry).leadId();
        // the desk held this email's lock since: a sign-up with it that committed meanwhile is seen now
        Optional<User> meanwhile = users.findByEmail(email);
        if (meanwhile.isPresent()) {
            remind(meanwhile.get(), passwordHash);
            return;
        }
        String name = (form.firstName().strip() + " " + (form.lastName() == null ? "" : form.lastName().strip()))
                .strip();
        ClientAccount account = accounts.open(email, name, passwordHash, leadId, null);
        User client = users.findById(account.getUserId()).orElseThrow();
        activity.record(null, account, ActivityAction.CLIENT_SIGNED_UP, name + " made a client account on the "
                + "website (email not yet confirmed)", Map.of("email", email));
        mails.confirmEmail(client, accounts.confirmation(client.getId(), passwordHash));
    }

    /**
     * An account waiting for its confirmation gets a new link, which sets this sign-up's password when opened; any
     * other holder of the email, a reminder.
     */
    private void remind(User existing, String passwordHash) {
        Optional<ClientAccount> account = existing.getRole() == Role.CLIENT ? accounts.of(existing.getId())
                : Optional.empty();
        if (account.isPresent() && !account.get().isVerified()) {
            mails.confirmEmail(existing, accounts.confirmation(existing.getId(), passwordHash));
        } else {
            mails.alreadyRegistered(existing, UUID.randomUUID().toString().replace("-", ""));
        }
    }

    /** The link from the confirmation email: the account opens, and the client is signed in. */
    public Session verify(SignedCall call, String token) {
        website.verify(call.keyId(), call.timestamp(), call.signature(), call.body());
        User client = accounts.openLink(token, LinkPurpose.VERIFY).orElseThrow(() -> new LinkExpiredException(EXPIRED));
        activity.record(client, accounts.ofClient(client), ActivityAction.CLIENT_VERIFIED, client.getName()
                + " confirmed their email: the client portal is open to them", Map.of());
        return session(client);
    }

    /** The link from an agent's invitation, with the password the client chose: the account opens. */
    public Session acceptInvitation(SignedCall call, String token, String password) {
        website.verify(call.keyId(), call.timestamp(), call.signature(), call.body());
        String passwordHash = passwords.hash(password);
        User client = accounts.openLink(token, LinkPurpose.INVITE).orElseThrow(() -> new LinkExpiredException(EXPIRED));
        client.changePasswordHash(passwordHash);
        activity.record(client, accounts.ofClient(client), ActivityAction.CLIENT_VERIFIED, client.getName()
                + " accepted the invitation: the client portal is open to them", Map.of());
        return session(client);
    }

    /**
     * A forgotten password: a client whose account is in use gets a link to choose a new one (the earlier ones stop
     * opening). Anyone else gets nothing, and the answer is the same, so that it does not tell who has an account.
     */
    public void requestPasswordReset(SignedCall call, String email) {
        website.verify(call.keyId(), call.timestamp(), call.signature(), call.body());
        users.findByEmail(EmailAddress.normalize("email", email))
                .filter(user -> user.getRole() == Role.CLIENT && user.isActive())
                .filter(user -> accounts.of(user.getId()).filter(ClientAccount::isVerified).isPresent())
                .ifPresent(client -> mails.passwordReset(client,
                        accounts.passwordLink(client.getId(), LinkPurpose.RESET)));
    }

    /** The link from a password reset, with the new password: every other session of the client ends. */
    public Session resetPassword(SignedCall call, String token, String password) {
        website.verify(call.keyId(), call.timestamp(), call.signature(), call.body());
        String passwordHash = passwords.hash(password);
        User client = accounts.openLink(token, LinkPurpose.RESET).orElseThrow(() -> new LinkExpiredException(EXPIRED));
        client.changePasswordHash(passwordHash);
        activity.record(client, accounts.ofClient(client), ActivityAction.PASSWORD_CHANGED, client.getName()
                + " chose a new password with a forgotten-password link", Map.of());
        return session(client);
    }

    /**
     * A client's sign-in on the website. Staff sign in to the screens, not here. The right password of an account
     * whose email is not confirmed sends a new link instead of a session. A wrong email or password, a deactivated
     * account and a staff account are one answer, {@link SignInOutcome#REFUSED}, not an exception: the caller tells
     * it apart from a refused signature.
     *
     * @throws UnauthenticatedException when the call is not the website's
     */
    public SignIn signIn(SignedCall call, String email, String password) {
        website.verify(call.keyId(), call.timestamp(), call.signature(), call.body());
        Optional<User> client = credentials.holder(email, password).filter(holder -> holder.getRole() == Role.CLIENT);
        if (client.isEmpty()) {
            return new SignIn(SignInOutcome.REFUSED, Optional.empty());
        }
        User user = client.get();
        Optional<ClientAccount> account = accounts.of(user.getId());
        if (account.isEmpty()) {
            return new SignIn(SignInOutcome.REFUSED, Optional.empty()); // a client user without the portal
        }
        if (!account.get().isVerified()) {
            mails.confirmEmail(user, accounts.confirmation(user.getId(), user.getPasswordHash()));
            return new SignIn(SignInOutcome.EMAIL_NOT_CONFIRMED, Optional.empty());
        }
        if (!user.isActive()) {
            return new SignIn(SignInOutcome.REFUSED, Optional.empty());
        }
        return new SignIn(SignInOutcome.SIGNED_IN, Optional.of(session(user)));
    }

    /**
     * The one-click unsubscribe of a saved search's alerts (RFC 8058): the token in the alert's link is the only
     * credential, and it can do nothing else.
     *
     * @return the search's name
     */
    public String unsubscribe(SignedCall call, String token) {
        website.verify(call.keyId(), call.timestamp(), call.signature(), call.body());
        return alerts.unsubscribe(token);
    }

    private Session session(User client) {
        TokenIssuer.SignedToken token = tokens.issue(client, Duration.ofDays(sessionDays).toSeconds());
        return new Session(token.token(), token.expiresInSeconds(), client.getName());
    }
}
