package org.realtycrm.identity.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.identity.boundary.Authenticator;
import org.realtycrm.identity.control.SignInAttempts;
import org.realtycrm.identity.control.TokenIssuer.SignedToken;
import org.realtycrm.platform.rest.RateLimits;

@Path("auth/token")
@Tag(name = "auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    Authenticator authenticator;

    @Inject
    SignInAttempts attempts;

    @Context
    HttpServletRequest request;

    @POST
    @SecurityRequirements
    @Operation(summary = "Sign in", description = "Exchanges an email and password for a bearer token (RS256 JWT).")
    @APIResponse(responseCode = "200", description = "Signed in",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "Wrong email or password, or a deactivated account")
    @APIResponse(responseCode = "429", description = "Too many attempts; see Retry-After")
    public Response signIn(@Valid @NotNull TokenRequest credentials) {
        var wait = attempts.attempt(credentials.email, request.getRemoteAddr());
        if (wait.isPresent()) {
            return RateLimits.tooManyRequests(wait.getAsLong());
        }
        SignedToken token = authenticator.issueToken(credentials.email, credentials.password);
        return Response.ok(new TokenResponse(token.token(), "Bearer", token.expiresInSeconds()))
                .header("Cache-Control", "no-store")
                .build();
    }
}
