package org.realtycrm.portal.rest;

import java.net.URI;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.rest.Enums;
import org.realtycrm.portal.boundary.ClientPortal;
import org.realtycrm.portal.entity.AlertFrequency;
import org.realtycrm.portal.entity.SavedSearch;

/**
 * A signed-in client's portal (CLIENT; the boundary checks it): who they are and their agent, their favourites,
 * their saved searches and the listings they open. The website calls it with the client's token.
 */
@Path("portal")
@Tag(name = "portal")
@Produces(MediaType.APPLICATION_JSON)
public class PortalResource {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    @Inject
    ClientPortal portal;

    @GET
    @Path("me")
    @Operation(summary = "The signed-in client and their agent (CLIENT)")
    public JsonObject me() {
        ClientPortal.Me me = portal.me();
        JsonObjectBuilder json = JSON.createObjectBuilder().add("name", me.name()).add("email", me.email());
        if (me.agentName() == null) {
            json.addNull("agent");
        } else {
            json.add("agent", JSON.createObjectBuilder().add("name", me.agentName()).add("email", me.agentEmail()));
        }
        return json.build();
    }

    @GET
    @Path("favourites")
    @Operation(summary = "The client's favourite listings, newest first (CLIENT)")
    public JsonObject favourites() {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        portal.favourites().forEach(favourite -> items.add(JSON.createObjectBuilder()
                .add("listingId", favourite.listingId())
                .add("savedAt", favourite.savedAt().toString())));
        return JSON.createObjectBuilder().add("items", items).build();
    }

    @PUT
    @Path("favourites/{listingId}")
    @Operation(summary = "Save a listing as a favourite (CLIENT)", description = "Saving it again changes nothing.")
    @APIResponse(responseCode = "204", description = "Saved")
    @APIResponse(responseCode = "404", description = "No listing the public may see has this id")
    public Response addFavourite(@PathParam("listingId") long listingId) {
        portal.addFavourite(listingId);
        return Response.noContent().build();
    }

    @DELETE
    @Path("favourites/{listingId}")
    @Operation(summary = "Remove a favourite (CLIENT)")
    @APIResponse(responseCode = "204", description = "Not a favourite (any more)")
    public Response removeFavourite(@PathParam("listingId") long listingId) {
        portal.removeFavourite(listingId);
        return Response.noContent().build();
    }

    @POST
    @Path("views")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that the client opened a listing (CLIENT)", description = "On the lead's timeline "
            + "once a day per listing.")
    @APIResponse(responseCode = "204", description = "Recorded")
    @APIResponse(responseCode = "404", description = "No listing the public may see has this id")
    public Response viewed(@Valid @NotNull ListingViewRequest view) {
        portal.viewed(view.listingId);
        return Response.noContent().build();
    }

    @GET
    @Path("saved-searches")
    @Operation(summary = "The client's saved searches (CLIENT)")
    public SavedSearchesJson searches() {
        return SavedSearchesJson.of(portal.searches().stream().map(SavedSearchJson::of).toList());
    }

    @POST
    @Path("saved-searches")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a search with its alerts (CLIENT)", description = "Alerts tell of listings that come "
            + "on the market or drop their price and match the criteria: INSTANT after each MLS sync, DAILY as a "
            + "digest, OFF not at all. At most " + SavedSearch.MAX_PER_CLIENT + " searches per client.")
    @APIResponse(responseCode = "201", description = "Saved")
    @APIResponse(responseCode = "400", description = "Field errors")
    @APIResponse(responseCode = "409", description = "The client has the most searches we keep")
    public Response saveSearch(@Valid @NotNull SavedSearchRequest request) {
        if (request.criteria == null) {
            throw new InvalidInputException("criteria", "must be given (an empty object: every home for sale)");
        }
        SavedSearch saved = portal.saveSearch(request.name, request.criteria.toCriteria(),
                request.frequency == null ? AlertFrequency.INSTANT
                        : Enums.parse("frequency", AlertFrequency.class, request.frequency));
        return Response.created(URI.create("portal/saved-searches/" + saved.getId()))
                .entity(SavedSearchJson.of(saved)).build();
    }

    @PATCH
    @Path("saved-searches/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a saved search or change its alerts (CLIENT)")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "404", description = "Not one of the client's searches")
    public SavedSearchJson changeSearch(@PathParam("id") long id, @Valid @NotNull SavedSearchRequest request) {
        if (request.criteria != null) {
            throw new InvalidInputException("criteria", "cannot be changed: save a new search");
        }
        return SavedSearchJson.of(portal.changeSearch(id, request.name, request.frequency == null ? null
                : Enums.parse("frequency", AlertFrequency.class, request.frequency)));
    }

    @DELETE
    @Path("saved-searches/{id}")
    @Operation(summary = "Remove a saved search (CLIENT)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "Not one of the client's searches")
    public Response removeSearch(@PathParam("id") long id) {
        portal.removeSearch(id);
        return Response.noContent().build();
    }
}
