package org.realtycrm.mls.rest;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.mls.boundary.MlsFeeds;
import org.realtycrm.mls.entity.FeedKind;
import org.realtycrm.mls.entity.FeedSettings;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.rest.Enums;

/** The MLS feeds and their sync history (administrators only; the boundary checks it). */
@Path("mls/feeds")
@Tag(name = "mls")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class FeedsResource {

    @Inject
    MlsFeeds feeds;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Every feed, by name (ADMIN)")
    public List<FeedJson> list() {
        return feeds.all().stream().map(FeedJson::of).toList();
    }

    @POST
    @Operation(summary = "Add a feed (ADMIN)", description = "Its first sync, the full load, starts at once.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = FeedJson.class)))
    @APIResponse(responseCode = "409", description = "A feed of that name exists")
    public Response add(@NotNull FeedRequest request) {
        FeedJson created = FeedJson.of(feeds.add(settings(request)));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One feed and where its replication stands (ADMIN)")
    public FeedJson get(@PathParam("id") long id) {
        return FeedJson.of(feeds.find(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a feed's settings (ADMIN)", description = "Its cursor stays: replication goes on "
            + "where it stood.")
    public FeedJson change(@PathParam("id") long id, @NotNull FeedRequest request) {
        return FeedJson.of(feeds.change(id, settings(request)));
    }

    @POST
    @Path("{id}/enable")
    @Operation(summary = "Start a stopped feed (ADMIN)", description = "Also one that stopped itself after failing.")
    public FeedJson enable(@PathParam("id") long id) {
        return FeedJson.of(feeds.enable(id));
    }

    @POST
    @Path("{id}/disable")
    @Operation(summary = "Stop a feed (ADMIN)")
    public FeedJson disable(@PathParam("id") long id) {
        return FeedJson.of(feeds.disable(id));
    }

    @POST
    @Path("{id}/sync")
    @Operation(summary = "Sync a feed now (ADMIN)", description = "Answers at once; the run appears in the feed's "
            + "history. reconcile=true also withdraws the listings the feed no longer has.")
    @APIResponse(responseCode = "202", description = "The sync is on its way")
    @APIResponse(responseCode = "409", description = "The feed is stopped, or a sync of it is running")
    public Response syncNow(@PathParam("id") long id, @QueryParam("reconcile") @DefaultValue("false") String reconcile) {
        if (!reconcile.equals("true") && !reconcile.equals("false")) {
            throw new InvalidInputException("reconcile", "must be true or false");
        }
        feeds.syncNow(id, reconcile.equals("true"));
        return Response.accepted().build();
    }

    @POST
    @Path("{id}/reload")
    @Operation(summary = "Read a feed again from its start (ADMIN)", description = "Every listing, member and office is "
            + "read again, then the keys are reconciled: for when the MLS corrected records without moving their "
            + "ModificationTimestamp, or the feed's selectList, filter, field mapping or address changed. Answers at "
            + "once with the feed (reloadRequested until the sync takes the request); the run is a FULL one in the "
            + "feed's history. It starts at once, or after a sync running now.")
    @APIResponse(responseCode = "202", description = "The reload is on its way")
    @APIResponse(responseCode = "409", description = "The feed is stopped")
    public Response reload(@PathParam("id") long id) {
        return Response.accepted(FeedJson.of(feeds.reload(id))).build();
    }

    @GET
    @Path("{id}/runs")
    @Operation(summary = "A feed's sync history, newest first (ADMIN)")
    public List<SyncRunJson> runs(@PathParam("id") long id, @QueryParam("limit") @DefaultValue("50") int limit) {
        return feeds.runs(id, limit).stream().map(SyncRunJson::of).toList();
    }

    private static FeedSettings settings(FeedRequest request) {
        List<FieldError> missing = new ArrayList<>();
        required(missing, "kind", request.kind);
        required(missing, "cadenceSeconds", request.cadenceSeconds);
        required(missing, "requestsPerSecond", request.requestsPerSecond);
        required(missing, "requestsPerHour", request.requestsPerHour);
        required(missing, "pageSize", request.pageSize);
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        return new FeedSettings(request.name, Enums.parse("kind", FeedKind.class, request.kind), request.baseUrl,
                request.tokenUrl, request.clientId, request.secretRef, request.cadenceSeconds,
                request.requestsPerSecond, request.requestsPerHour, request.pageSize, request.selectList,
                request.options);
    }

    private static void required(List<FieldError> missing, String field, Object value) {
        if (value == null) {
            missing.add(new FieldError(field, "is required"));
        }
    }
}
