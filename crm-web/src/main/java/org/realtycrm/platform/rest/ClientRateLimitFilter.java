package org.realtycrm.platform.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Limits every API call per client: the signed-in user, or the remote address for anonymous calls. Not the providers'
 * webhooks ({@code /webhooks/...}): Twilio and SendGrid post from a few addresses, a campaign's delivery reports
 * come by the thousand, and a STOP refused with 429 is not sent again; each request is checked by its signature
 * instead, and an unsigned one costs one HMAC or ECDSA check before it is refused.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 10)
public class ClientRateLimitFilter implements ContainerRequestFilter {

    /** The providers' webhooks, relative to the API's root. */
    static final String WEBHOOKS = "webhooks/";

    @Inject
    RateLimits limits;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        String path = context.getUriInfo().getPath();
        if ((path.startsWith("/") ? path.substring(1) : path).startsWith(WEBHOOKS)) {
            return;
        }
        limits.apiCall(RateLimits.client(request)).ifPresent(wait -> context.abortWith(RateLimits.tooManyRequests(wait)));
    }
}
