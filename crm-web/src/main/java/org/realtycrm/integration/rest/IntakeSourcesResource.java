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
import org.realtycrm.integration.boundary.IntakeSources;

/** The sources of inbound leads and their secrets (ADMIN; the boundary checks it). */
@Path("intake-sources")
@Tag(name = "intake")
@Produces(MediaType.APPLICATION_JSON)
public class IntakeSourcesResource {

    @Inject
    IntakeSources sources;

    @GET
    @Operation(summary = "Every intake source, active first (ADMIN); secrets are never listed")
    public List<IntakeSourceJson> all() {
        return sources.all().stream().map(source -> IntakeSourceJson.of(source, null)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One intake source (ADMIN)")
    public IntakeSourceJson one(@PathParam("id") long id) {
        return IntakeSourceJson.of(sources.find(id), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an intake source (ADMIN)", description = "Answers with its key and its secret; the "
            + "secret is shown this once. Give both to the sender (the website, the portal).")
    @APIResponse(responseCode = "201", description = "Added, with its secret",
            content = @Content(schema = @Schema(implementation = IntakeSourceJson.class)))
    @APIResponse(responseCode = "409", description = "A source of that name exists")
    public Response create(@Valid @NotNull IntakeSourceRequest request) {
        IntakeSources.WithSecret made = sources.create(request.name, request.leadSource);
        return Response.created(URI.create("intake-sources/" + made.source().getId()))
                .entity(IntakeSourceJson.of(made.source(), made.secret()))
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("{id}/secret")
    @Operation(summary = "Replace a source's secret (ADMIN)", description = "Answers with the new secret, shown this "
            + "once; deliveries signed with the old one are refused from now on.")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(schema = @Schema(implementation = IntakeSourceJson.class)))
    @APIResponse(responseCode = "409", description = "The source is deactivated")
    public Response rotate(@PathParam("id") long id) {
        IntakeSources.WithSecret made = sources.rotateSecret(id);
        return Response.ok(IntakeSourceJson.of(made.source(), made.secret())).header("Cache-Control", "no-store")
                .build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Deactivate a source (ADMIN)", description = "Its deliveries are refused from now on; the "
            + "leads it brought stay.")
    @APIResponse(responseCode = "204", description = "Deactivated")
    public Response deactivate(@PathParam("id") long id) {
        sources.deactivate(id);
        return Response.noContent().build();
    }
}
