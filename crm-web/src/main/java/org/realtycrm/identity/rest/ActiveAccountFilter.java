package org.realtycrm.identity.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.platform.problem.UnauthenticatedException;
import org.realtycrm.platform.rest.Problems;

/**
 * A signed token stays valid until it expires, but the account behind it may have changed since: a deactivated
 * user, or one whose role changed, must sign in again before doing anything.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ActiveAccountFilter implements ContainerRequestFilter {

    @Inject
    CurrentUser currentUser;

    @Override
    public void filter(ContainerRequestContext context) {
        if (context.getSecurityContext().getUserPrincipal() == null) {
            return; // anonymous: the boundaries' role checks decide
        }
        try {
            if (!currentUser.tokenMatchesRole()) {
                context.abortWith(Problems.unauthenticated("your role changed: sign in again"));
            }
        } catch (UnauthenticatedException e) {
            context.abortWith(Problems.unauthenticated(e.getMessage()));
        }
    }
}
