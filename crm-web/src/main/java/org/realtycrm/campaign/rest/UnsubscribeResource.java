package org.realtycrm.campaign.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.campaign.boundary.Unsubscribes;

/**
 * A campaign email's unsubscribe link and List-Unsubscribe address (no sign-in: the token is the capability).
 * Opening it shows one button, so that a mail scanner following links unsubscribes nobody; posting to it (the button,
 * or a mail client's RFC 8058 one-click POST of {@code List-Unsubscribe=One-Click}) opts the address out of marketing
 * email for good, at once.
 */
@Path("unsubscribe/{token}")
@Tag(name = "campaigns")
@Produces(MediaType.TEXT_HTML)
public class UnsubscribeResource {

    @Inject
    Unsubscribes unsubscribes;

    @GET
    @Operation(summary = "The unsubscribe page: one button (public)")
    @APIResponse(responseCode = "404", description = "Not a link of ours")
    public Response page(@PathParam("token") String token) {
        if (!unsubscribes.known(token)) {
            return page(404, "This link is not known", "It may be incomplete. Nothing was changed.");
        }
        return Response.ok(html("Unsubscribe", "<p>Stop the marketing emails to this address?</p>"
                + "<form method=\"post\"><button type=\"submit\">Unsubscribe</button></form>")).build();
    }

    @POST
    @Operation(summary = "Unsubscribe (public; RFC 8058 one-click)", description = "Any body, including "
            + "List-Unsubscribe=One-Click. The address gets no marketing email again, and leaves every campaign.")
    @APIResponse(responseCode = "404", description = "Not a link of ours")
    public Response unsubscribe(@PathParam("token") String token) {
        if (!unsubscribes.known(token)) {
            return page(404, "This link is not known", "It may be incomplete. Nothing was changed.");
        }
        unsubscribes.unsubscribe(token);
        return page(200, "Unsubscribed", "You will get no more marketing emails at this address.");
    }

    private static Response page(int status, String title, String text) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(html(title, "<p>" + text + "</p>")).build();
    }

    /** The pages' words are ours, never the caller's: nothing here needs escaping. */
    private static String html(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width, initial-scale=1\"><title>" + title + "</title></head>"
                + "<body style=\"font-family:sans-serif;max-width:32rem;margin:3rem auto\"><h1>" + title + "</h1>"
                + body + "</body></html>";
    }
}
