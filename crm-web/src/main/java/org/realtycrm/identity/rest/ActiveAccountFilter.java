package org.realtycrm.identity.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.control.TokenIssuer;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.platform.problem.UnauthenticatedException;
import org.realtycrm.platform.rest.Problems;

/**
 * A signed token stays valid until it expires, but the account behind it may have changed since: a deactivated
 * user, or one whose role or password changed, must sign in again before doing anything. (An integrator's token
 * names an API client, not an account: the RESO Web API checks that client is still active, in ResoWebApi.)
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ActiveAccountFilter implements ContainerRequestFilter {

    @Inject
    CurrentUser currentUser;

    @Inject
    JsonWebToken token;

    @Override
    public void filter(ContainerRequestContext context) {
        if (context.getSecurityContext().getUserPrincipal() == null) {
            return; // anonymous: the boundaries' role checks decide
        }
        if (context.getSecurityContext().isUserInRole(Role.INTEGRATOR_NAME)) {
            // an API client's token, not an account's: it holds no role the API's boundaries grant, so they refuse
            // it, except what anyone may read (a public listing photo, which a RESO Media record links to)
            return;
        }
        try {
            currentUser.staleSignInReason(context.getSecurityContext()::isUserInRole, credentialsStamp())
                    .ifPresent(reason -> context.abortWith(Problems.unauthenticated(reason)));
        } catch (UnauthenticatedException e) {
            context.abortWith(Problems.unauthenticated(e.getMessage()));
        }
    }

    private Long credentialsStamp() {
        Object claim = token.getClaim(TokenIssuer.CREDENTIALS_CLAIM);
        if (claim instanceof JsonNumber number) {
            return number.longValue();
        }
        return claim instanceof Number number ? number.longValue() : null;
    }
}
