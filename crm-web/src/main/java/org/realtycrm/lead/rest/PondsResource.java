package org.realtycrm.lead.rest;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.lead.boundary.Ponds;
import org.realtycrm.lead.entity.Pond;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.rest.PageJson;

/** Ponds (ADMIN makes and changes them; their members see and claim the leads waiting in them). */
@Path("ponds")
@Tag(name = "routing")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PondsResource {

    @Inject
    Ponds ponds;

    @Context
    UriInfo uri;

    @Schema(name = "Pond")
    public record PondJson(long id, String name, Set<Long> memberIds, long version) {

        static PondJson of(Pond pond) {
            return new PondJson(pond.getId(), pond.getName(), pond.getMemberIds(), pond.getVersion());
        }
    }

    @Schema(name = "PondRequest")
    public static class PondRequest {
        public String name;
        public Set<Long> memberIds;
        @Schema(description = "Required on PUT: the version you read")
        public Long version;
    }

    @GET
    @Operation(summary = "Ponds", description = "An admin: all; an agent: the ponds they are in.")
    public List<PondJson> list() {
        return ponds.visible().stream().map(PondJson::of).toList();
    }

    @POST
    @Operation(summary = "Make a pond (ADMIN)")
    @APIResponse(responseCode = "201", description = "Made")
    @APIResponse(responseCode = "409", description = "A pond has this name")
    public Response create(@NotNull PondRequest request) {
        PondJson made = PondJson.of(ponds.create(request.name, request.memberIds));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(made.id())).build()).entity(made)
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One pond")
    @APIResponse(responseCode = "404", description = "No such pond of yours")
    public PondJson get(@PathParam("id") long id) {
        return PondJson.of(ponds.find(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a pond (ADMIN)")
    public PondJson change(@PathParam("id") long id, @NotNull PondRequest request) {
        if (request.version == null) {
            throw new InvalidInputException("version", "is required: send the version you read");
        }
        return PondJson.of(ponds.change(id, request.version, request.name, request.memberIds));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a pond")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "Leads wait in it, or a routing rule sends leads to it")
    public Response delete(@PathParam("id") long id) {
        ponds.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/leads")
    @Operation(summary = "The leads waiting in a pond", description = "Oldest first: who, from where, what they "
            + "want. Claim one with POST /leads/{id}/claim.")
    public PageJson<LeadJson> waiting(@PathParam("id") long id, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return PageJson.of(ponds.waiting(id, PageRequest.of(page, size)), LeadJson::of);
    }
}
