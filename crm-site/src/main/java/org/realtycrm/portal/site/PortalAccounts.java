package org.realtycrm.portal.site;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The calls of a visitor who is not signed in, signed as the website ({@link CoreConnection#signed}): signing up,
 * confirming their email, taking up an agent's invitation, signing in, asking for a link to choose a new password and
 * choosing it, and stopping a saved search's alerts from an email's link. Each carries the visitor's address
 * ({@code clientAddress}), by which the core limits sign-ins and sign-ups. The core decides everything; this only reads
 * its answer ({@link AccountAnswer}).
 */
@ApplicationScoped
public class PortalAccounts {

    private static final Logger LOG = Logger.getLogger(PortalAccounts.class.getName());

    @Inject
    CoreConnection core;

    public AccountAnswer signUp(SignUpForm form, String clientAddress) {
        return call("/sign-ups", form.json(clientAddress));
    }

    public AccountAnswer verifyEmail(String token, String clientAddress) {
        return call("/verifications", body(clientAddress).add("token", token).build());
    }

    public AccountAnswer acceptInvitation(String token, String password, String clientAddress) {
        JsonObjectBuilder body = body(clientAddress).add("token", token);
        return call("/invitations", PortalJson.add(body, "password", password).build());
    }

    public AccountAnswer signIn(String email, String password, String clientAddress) {
        JsonObjectBuilder body = body(clientAddress);
        PortalJson.add(body, "email", email);
        return call("/sessions", PortalJson.add(body, "password", password).build());
    }

    /** Asks the core to email {@code email} a link to choose a new password; it answers the same for any address. */
    public AccountAnswer askForNewPassword(String email, String clientAddress) {
        return call("/password-resets", PortalJson.add(body(clientAddress), "email", email).build());
    }

    /** The new password chosen behind that link: the core sets it and signs the client in. */
    public AccountAnswer chooseNewPassword(String token, String password, String clientAddress) {
        JsonObjectBuilder body = body(clientAddress).add("token", token);
        return call("/passwords", PortalJson.add(body, "password", password).build());
    }

    public AccountAnswer unsubscribe(String token, String clientAddress) {
        return call("/unsubscriptions", body(clientAddress).add("token", token).build());
    }

    private static JsonObjectBuilder body(String clientAddress) {
        return PortalJson.BUILDERS.createObjectBuilder().add("clientAddress", clientAddress);
    }

    private AccountAnswer call(String path, JsonObject body) {
        AccountAnswer answer = AccountAnswer.of(core.signed(path, body));
        if (answer instanceof AccountAnswer.Unexpected unexpected) {
            LOG.warning(() -> "POST " + CoreConnection.PORTAL + path + " answered " + unexpected.status() + ": "
                    + unexpected.problem());
        }
        return answer;
    }
}
