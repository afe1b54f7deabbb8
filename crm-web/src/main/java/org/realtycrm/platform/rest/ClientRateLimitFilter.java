package org.realtycrm.platform.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/** Limits every API call per client: the signed-in user, or the remote address for anonymous calls. */
@Provider
@Priority(Priorities.AUTHENTICATION + 10)
public class ClientRateLimitFilter implements ContainerRequestFilter {

    @Inject
    RateLimits limits;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        limits.apiCall(RateLimits.client(request)).ifPresent(wait -> context.abortWith(RateLimits.tooManyRequests(wait)));
    }
}
