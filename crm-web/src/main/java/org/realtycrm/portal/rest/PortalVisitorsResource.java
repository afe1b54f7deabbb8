package org.realtycrm.portal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.identity.control.SignInAttempts;
import org.realtycrm.platform.rest.Problems;
import org.realtycrm.platform.rest.RateLimits;
import org.realtycrm.portal.boundary.ClientSignUps;

/**
 * The client portal's doors for visitors who are not signed in, called by the website's nodes only: each call is
 * signed as the website's intake source (X-Intake-Key, X-Intake-Timestamp, X-Intake-Signature, as for inbound
 * leads) and names the visitor's address, which the sign-in and sign-up limits count.
 */
@Path("portal")
@Tag(name = "portal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirements
public class PortalVisitorsResource {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    @Inject
    ClientSignUps signUps;

    @Inject
    SignInAttempts attempts;

    @Inject
    RateLimits limits;

    @Context
    HttpHeaders headers;

    @POST
    @Path("sign-ups")
    @Operation(summary = "Sign a visitor up for the client portal (the website, signed)", description = "Body: "
            + "firstName, lastName, email, phone (optional), password, clientAddress. Someone new becomes a lead "
            + "(as a website sign-up) with an account that opens when they follow the emailed link; an email with "
            + "an account already gets a message saying so. The answer is the same either way.")
    @APIResponse(responseCode = "202", description = "The confirmation (or the reminder) is on its way")
    @APIResponse(responseCode = "400", description = "Field errors")
    @APIResponse(responseCode = "401", description = "Not signed by the website's intake source")
    @APIResponse(responseCode = "429", description = "Too many tries for this email or address; see Retry-After")
    public Response signUp(@BeanParam WebsiteSignature signed, InputStream body) throws IOException {
        VisitorBody form = VisitorBody.read(body, headers.getMediaType());
        String email = form.text("email", true);
        form.text("clientAddress", true);
        ClientSignUps.SignUp signUp = new ClientSignUps.SignUp(form.text("firstName", true),
                form.text("lastName", false), email, form.text("phone", false), form.text("password", true));
        form.checked();
        // only the website's calls are counted: a stranger's must not spend anyone's allowance
        signUps.authenticate(signed.over(form.bytes()));
        var wait = limits.signUp(email);
        if (wait.isPresent()) {
            return RateLimits.tooManyRequests(wait.getAsLong());
        }
        signUps.signUp(signed.over(form.bytes()), signUp);
        return Response.accepted(jsonStatus("verification-sent")).build();
    }

    @POST
    @Path("verifications")
    @Operation(summary = "Confirm a client's email with the emailed link's token (the website, signed)",
            description = "Body: token, clientAddress. Answers the client's session.")
    @APIResponse(responseCode = "200", description = "Confirmed and signed in")
    @APIResponse(responseCode = "410", description = "The link expired, was used, or never was")
    public Response verify(@BeanParam WebsiteSignature signed, InputStream body) throws IOException {
        VisitorBody form = VisitorBody.read(body, headers.getMediaType());
        String token = form.text("token", true);
        form.checked();
        return session(signUps.verify(signed.over(form.bytes()), token));
    }

    @POST
    @Path("invitations")
    @Operation(summary = "Accept an agent's invitation with a password (the website, signed)",
            description = "Body: token, password, clientAddress. Answers the client's session.")
    @APIResponse(responseCode = "200", description = "The account is open and the client signed in")
    @APIResponse(responseCode = "400", description = "The password is too short or too long")
    @APIResponse(responseCode = "410", description = "The link expired, was used, or never was")
    public Response accept(@BeanParam WebsiteSignature signed, InputStream body) throws IOException {
        VisitorBody form = VisitorBody.read(body, headers.getMediaType());
        String token = form.text("token", true);
        String password = form.text("password", true);
        form.checked();
        return session(signUps.acceptInvitation(signed.over(form.bytes()), token, password));
    }

    @POST
    @Path("sessions")
    @Operation(summary = "Sign a client in on the website (the website, signed)", description = "Body: email, "
            + "password, clientAddress. Counted against the sign-in limits per email and per the client's address.")
    @APIResponse(responseCode = "200", description = "Signed in")
    @APIResponse(responseCode = "401", description = "Wrong email or password, or the account is deactivated (type "
            + "invalid-credentials); a call the website did not sign (type unauthenticated)")
    @APIResponse(responseCode = "403", description = "The email is not confirmed yet: a new link was sent "
            + "(type email-not-verified)")
    @APIResponse(responseCode = "429", description = "Too many attempts; see Retry-After")
    public Response signIn(@BeanParam WebsiteSignature signed, InputStream body) throws IOException {
        VisitorBody form = VisitorBody.read(body, headers.getMediaType());
        String email = form.text("email", true);
        String password = form.text("password", true);
        String address = form.text("clientAddress", true);
        form.checked();
        // the address is the website's word: counted only once the website's signature is checked
        signUps.authenticate(signed.over(form.bytes()));
        var wait = attempts.attempt(email, address);
        if (wait.isPresent()) {
            return RateLimits.tooManyRequests(wait.getAsLong());
        }
        ClientSignUps.SignIn signedIn = signUps.signIn(signed.over(form.bytes()), email, password);
        return switch (signedIn.outcome()) {
            case SIGNED_IN -> session(signedIn.session().orElseThrow());
            case EMAIL_NOT_CONFIRMED -> Problems.response(403, Problems.body(403, "email-not-verified",
                    "Email not confirmed", "Confirm your email first: we have sent you a new link."));
            // its own type: a 401 of type "unauthenticated" means the website's signature was refused
            case REFUSED -> Problems.response(401, Problems.body(401, "invalid-credentials", "Not signed in",
                    "The email or password is wrong, or the account is deactivated."));
        };
    }

    @POST
    @Path("password-resets")
    @Operation(summary = "Email a client a link to choose a new password (the website, signed)", description = "Body: "
            + "email, clientAddress. Only a client whose account is in use gets the link (two hours, once); the "
            + "answer is the same for every email.")
    @APIResponse(responseCode = "202", description = "Sent, if the email has an account")
    @APIResponse(responseCode = "400", description = "Not an email")
    @APIResponse(responseCode = "429", description = "Too many for this email this hour; see Retry-After")
    public Response requestPasswordReset(@BeanParam WebsiteSignature signed, InputStream body) throws IOException {
        VisitorBody form = VisitorBody.read(body, headers.getMediaType());
        String email = form.text("email", true);
        form.text("clientAddress", true);
        form.checked();
        signUps.authenticate(signed.over(form.bytes()));
        // the sign-ups' allowance: both send the address a message
        var wait = limits.signUp(email);
        if (wait.isPresent()) {
            return RateLimits.tooManyRequests(wait.getAsLong());
        }
        signUps.requestPasswordReset(signed.over(form.bytes()), email);
        return Response.accepted(jsonStatus("reset-sent")).build();
    }

    @POST
    @Path("passwords")
    @Operation(summary = "Choose a new password with a password reset's token (the website, signed)",
            description = "Body: token, password, clientAddress. Every other session of the client ends; answers "
                    + "the new session.")
    @APIResponse(responseCode = "200", description = "The new password is set and the client signed in")
    @APIResponse(responseCode = "400", description = "The password is too short or too long")
    @APIResponse(responseCode = "410", description = "The link expired, was used, or never was")
    public Response resetPassword(@BeanParam WebsiteSignature signed, InputStream body) throws IOException {
        VisitorBody form = VisitorBody.read(body, headers.getMediaType());
        String token = form.text("token", true);
        String password = form.text("password", true);
        form.checked();
        return session(signUps.resetPassword(signed.over(form.bytes()), token, password));
    }

    @POST
    @Path("unsubscriptions")
    @Operation(summary = "Turn a saved search's alerts off with the token of an alert's link (the website, signed)",
            description = "Body: token, clientAddress. The one-click unsubscribe of RFC 8058.")
    @APIResponse(responseCode = "200", description = "Off; answers the search's name")
    @APIResponse(responseCode = "404", description = "No search has this link")
    public Response unsubscribe(@BeanParam WebsiteSignature signed, InputStream body) throws IOException {
        VisitorBody form = VisitorBody.read(body, headers.getMediaType());
        String token = form.text("token", true);
        form.checked();
        String name = signUps.unsubscribe(signed.over(form.bytes()), token);
        return Response.ok(JSON.createObjectBuilder().add("searchName", name).build()).build();
    }

    private static Response session(ClientSignUps.Session session) {
        return Response.ok(JSON.createObjectBuilder()
                        .add("accessToken", session.accessToken())
                        .add("expiresIn", session.expiresInSeconds())
                        .add("name", session.name())
                        .build())
                .header("Cache-Control", "no-store")
                .build();
    }

    private static JsonObject jsonStatus(String status) {
        return JSON.createObjectBuilder().add("status", status).build();
    }
}
