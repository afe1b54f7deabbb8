package org.realtycrm.lead.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.lead.batch.DemoLeads;
import org.realtycrm.lead.batch.DemoLeads.Progress;

/** Synthetic leads for demos and trials; only where crm.demo.enabled is true. */
@Path("demo/leads")
@Tag(name = "leads")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DemoLeadsResource {

    @Schema(name = "DemoRequest", example = "{\"count\": 3000, \"seed\": 42}")
    public static class DemoRequest {

        @NotNull
        @Schema(minimum = "1", maximum = "200000")
        public Integer count;

        public Long seed;
    }

    @Inject
    DemoLeads demo;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Generate synthetic leads as a batch job (ADMIN, demo installations only)")
    public Response start(@Valid @NotNull DemoRequest request) {
        long seed = request.seed == null ? System.currentTimeMillis() : request.seed;
        long execution = demo.start(request.count, seed);
        return Response.accepted(demo.progress(execution))
                .location(uri.getAbsolutePathBuilder().path(String.valueOf(execution)).build())
                .build();
    }

    @GET
    @Path("{executionId}")
    @Operation(summary = "Progress of a demo run (ADMIN)")
    public Progress progress(@PathParam("executionId") long executionId) {
        return demo.progress(executionId);
    }
}
