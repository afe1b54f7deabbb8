package org.realtycrm.integration.boundary;

import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.realtycrm.identity.control.TokenIssuer;
import org.realtycrm.identity.control.TokenIssuer.SignedToken;
import org.realtycrm.integration.entity.ApiClient;
import org.realtycrm.integration.entity.ApiClientRepository;
import org.realtycrm.platform.problem.UnauthenticatedException;

/** The OAuth2 client-credentials grant (RFC 6749 §4.4): an integrator's client id and secret for a bearer token. */
@Stateless
@PermitAll
public class ApiClientTokens {

    /** The one answer to every refused grant, so that it tells nobody which client ids exist. */
    public static final String REFUSED = "the client id or secret is wrong, or the client was deactivated";

    @Inject
    ApiClientRepository clients;

    @Inject
    TokenIssuer tokens;

    /** @throws UnauthenticatedException when the id and secret are not an active client's */
    public SignedToken grant(String clientId, String clientSecret) {
        if (!ApiClient.wellFormedClientId(clientId)) {
            throw new UnauthenticatedException(REFUSED);
        }
        ApiClient client = clients.findByClientId(clientId)
                .filter(found -> found.accepts(clientSecret))
                .orElseThrow(() -> new UnauthenticatedException(REFUSED));
        clients.tokenGranted(client.getId(), Instant.now());
        return tokens.issueForClient(client.getClientId(), client.getName());
    }
}
