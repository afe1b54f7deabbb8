package org.realtycrm.integration.rest;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.integration.boundary.ApiClients;

/** The integrators that read our listings over the RESO Web API, and their secrets (ADMIN; the boundary checks it). */
@Path("api-clients")
@Tag(name = "reso")
@Produces(MediaType.APPLICATION_JSON)
public class ApiClientsResource {

    @Inject
    ApiClients clients;

    @GET
    @Operation(summary = "Every RESO API client, active first (ADMIN); secrets are never listed")
    public List<ApiClientJson> all() {
        return clients.all().stream().map(client -> ApiClientJson.of(client, null)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One RESO API client (ADMIN)")
    public ApiClientJson one(@PathParam("id") long id) {
        return ApiClientJson.of(clients.find(id), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a RESO API client (ADMIN)", description = "Answers with its client id and secret; "
            + "the secret is shown this once. The integrator exchanges both at /reso/oauth2/token for a bearer token.")
    @APIResponse(responseCode = "201", description = "Issued, with its secret",
            content = @Content(schema = @Schema(implementation = ApiClientJson.class)))
    @APIResponse(responseCode = "409", description = "A client of that name exists")
    public Response create(@Valid @NotNull ApiClientRequest request) {
        ApiClients.WithSecret made = clients.create(request.name);
        return Response.created(URI.create("api-clients/" + made.client().getId()))
                .entity(ApiClientJson.of(made.client(), made.secret()))
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("{id}/secret")
    @Operation(summary = "Replace a client's secret (ADMIN)", description = "Answers with the new secret, shown this "
            + "once; no token is granted for the old one from now on.")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(schema = @Schema(implementation = ApiClientJson.class)))
    @APIResponse(responseCode = "409", description = "The client is deactivated")
    public Response rotate(@PathParam("id") long id) {
        ApiClients.WithSecret made = clients.rotateSecret(id);
        return Response.ok(ApiClientJson.of(made.client(), made.secret())).header("Cache-Control", "no-store")
                .build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Deactivate a client (ADMIN)", description = "Refused from its next request on, whatever "
            + "token it holds.")
    @APIResponse(responseCode = "204", description = "Deactivated")
    public Response deactivate(@PathParam("id") long id) {
        clients.deactivate(id);
        return Response.noContent().build();
    }
}
