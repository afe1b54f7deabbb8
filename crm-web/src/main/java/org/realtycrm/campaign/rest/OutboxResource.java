package org.realtycrm.campaign.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.campaign.boundary.Outbox;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.rest.PageJson;

/** The outbox: every message sent or kept, and the test email (ADMIN; the boundary checks it). */
@Path("outbox")
@Tag(name = "outbox", description = "Every email the product sent or kept, and the test email that checks the mail "
        + "settings (ADMIN)")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    @Inject
    Outbox outbox;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The outbox, newest first (ADMIN)", description = "Without the messages' bodies and headers; "
            + "GET /outbox/{id} has them.")
    public PageJson<OutboxEntryJson> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageJson.of(outbox.page(PageRequest.of(page, size)), OutboxEntryJson::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One message, with its bodies and headers (ADMIN)")
    public OutboxMailJson get(@PathParam("id") long id) {
        return OutboxMailJson.of(outbox.find(id));
    }

    @POST
    @Path("test")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a test email through the configured provider (ADMIN)", description = "Answers the "
            + "message's record: status SENT when the provider accepted it, FAILED with the provider's reason "
            + "(retryable when it was busy or unreachable), RECORDED when the server only keeps its mail "
            + "(crm.mail.provider=outbox).")
    @APIResponse(responseCode = "201", description = "Recorded, and handed to the provider",
            content = @Content(schema = @Schema(implementation = OutboxMailJson.class)))
    @APIResponse(responseCode = "400", description = "Not an address mail can be sent to")
    public Response sendTest(@Valid @NotNull TestMailRequest request) {
        OutboxMailJson sent = OutboxMailJson.of(outbox.sendTest(request.to));
        return Response.created(uri.getBaseUriBuilder().path(OutboxResource.class).path(String.valueOf(sent.id()))
                .build()).entity(sent).build();
    }
}
