package org.realtycrm.platform.rest;

import java.util.List;

import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.platform.backup.Backups;

/** Backups: the history and "back up now" (administrators only; the boundary checks it). */
@Path("backups")
@Tag(name = "operations")
@Produces(MediaType.APPLICATION_JSON)
public class BackupsResource {

    @Inject
    Backups backups;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The latest backups, newest first (ADMIN)")
    public List<BackupJson> list() {
        return backups.recent().stream().map(BackupJson::of).toList();
    }

    @POST
    @Operation(summary = "Back up now (ADMIN)", description = "Answers at once with the running backup; poll its "
            + "Location until its status is SUCCEEDED or FAILED.")
    @APIResponse(responseCode = "202", description = "The backup is running",
            content = @Content(schema = @Schema(implementation = BackupJson.class)))
    @APIResponse(responseCode = "409", description = "A backup is running already")
    public Response start() {
        BackupJson started = BackupJson.of(backups.start());
        return Response.accepted(started)
                .location(uri.getAbsolutePathBuilder().path(String.valueOf(started.id())).build()).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One backup (ADMIN)")
    public BackupJson get(@PathParam("id") long id) {
        return BackupJson.of(backups.find(id));
    }
}
