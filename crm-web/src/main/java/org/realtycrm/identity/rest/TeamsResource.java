package org.realtycrm.identity.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.identity.boundary.Teams;
import org.realtycrm.identity.entity.Team;
import org.realtycrm.platform.problem.InvalidInputException;

/** Teams (ADMIN): a leader and members; a routing rule may give a team's leads to its members in turn. */
@Path("teams")
@Tag(name = "routing")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TeamsResource {

    @Inject
    Teams teams;

    @Context
    UriInfo uri;

    @Schema(name = "Team")
    public record TeamJson(long id, String name, Long leaderId, Set<Long> memberIds, long version) {

        static TeamJson of(Team team) {
            return new TeamJson(team.getId(), team.getName(), team.getLeaderId(), team.getMemberIds(),
                    team.getVersion());
        }
    }

    @Schema(name = "TeamRequest")
    public static class TeamRequest {
        public String name;
        @Schema(description = "One of the members (added to them if not)")
        public Long leaderId;
        public Set<Long> memberIds;
        @Schema(description = "Required on PUT: the version you read")
        public Long version;
    }

    @GET
    @Operation(summary = "Teams")
    public List<TeamJson> list() {
        return teams.all().stream().map(TeamJson::of).toList();
    }

    @POST
    @Operation(summary = "Make a team")
    @APIResponse(responseCode = "201", description = "Made")
    @APIResponse(responseCode = "409", description = "A team has this name")
    public Response create(@NotNull TeamRequest request) {
        TeamJson made = TeamJson.of(teams.create(request.name, request.leaderId, request.memberIds));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(made.id())).build()).entity(made)
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One team")
    public TeamJson get(@PathParam("id") long id) {
        return TeamJson.of(teams.find(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a team")
    public TeamJson change(@PathParam("id") long id, @NotNull TeamRequest request) {
        if (request.version == null) {
            throw new InvalidInputException("version", "is required: send the version you read");
        }
        return TeamJson.of(teams.change(id, request.version, request.name, request.leaderId, request.memberIds));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a team")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "A routing rule sends leads to it")
    public Response delete(@PathParam("id") long id) {
        teams.delete(id);
        return Response.noContent().build();
    }
}
