package org.realtycrm.identity.rest;

import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import org.realtycrm.identity.boundary.NewUser;
import org.realtycrm.identity.boundary.UserChanges;
import org.realtycrm.identity.boundary.Users;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.identity.entity.UserQuery;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.rest.Enums;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.rest.PageJson;

@Path("users")
@Tag(name = "users")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    Users users;

    @Context
    UriInfo uri;

    @GET
    @Path("me")
    @Operation(summary = "The signed-in user (any role)")
    public UserJson me() {
        return UserJson.of(users.me());
    }

    @POST
    @Operation(summary = "Create a user (ADMIN)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = UserJson.class)))
    @APIResponse(responseCode = "409", description = "The email is taken")
    public Response create(@Valid @NotNull UserRequest request) {
        Role role = Enums.parse("role", Role.class, request.role);
        UserJson created = UserJson.of(users.create(new NewUser(request.email, request.name, role, request.password)));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Operation(summary = "List users (ADMIN)", description = "Filter by role, active, and free text over name and email.")
    public PageJson<UserJson> list(@QueryParam("role") String role, @QueryParam("active") String active,
            @QueryParam("q") String text, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        UserQuery query = new UserQuery(Enums.parseFilter("role", Role.class, role), flag("active", active), text);
        return PageJson.of(users.search(query, PageRequest.of(page, size)), UserJson::of);
    }

    /** Only "true" or "false": JAX-RS would quietly read any other word as false. */
    private static Boolean flag(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidInputException(field, "must be true or false");
        };
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One user (ADMIN)")
    public UserJson get(@PathParam("id") long id) {
        return UserJson.of(users.find(id));
    }

    @PATCH
    @Path("{id}")
    @Operation(summary = "Change a user's name, role, password, or deactivate/reactivate them (ADMIN)",
            description = "Only the fields sent change. An administrator cannot demote or deactivate themselves.")
    public UserJson update(@PathParam("id") long id, @Valid @NotNull UserPatch patch) {
        UserChanges changes = new UserChanges(patch.name, Enums.parse("role", Role.class, patch.role),
                patch.active, patch.password);
        return UserJson.of(users.update(id, changes));
    }
}
