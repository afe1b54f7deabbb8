package org.realtycrm.task.rest;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.task.boundary.Appointments;
import org.realtycrm.task.entity.AppointmentDraft;

/** Appointments: time in agents' calendars (ADMIN, AGENT; an agent sees and books their own). */
@Path("appointments")
@Tag(name = "calendar")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentsResource {

    @Inject
    Appointments appointments;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Book an appointment", description = "With a lead you may see, or of its own. A lead's "
            + "appointment shows on its timeline.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = AppointmentJson.class)))
    @APIResponse(responseCode = "400", description = "Field errors: title, location, details, leadId, assigneeId, "
            + "startsAt, endsAt, remindMinutesBefore")
    @APIResponse(responseCode = "403", description = "An agent named someone else as the assignee")
    public Response create(@NotNull AppointmentRequest request) {
        AppointmentJson created = AppointmentJson.of(appointments.create(draft(request)));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One appointment")
    @APIResponse(responseCode = "404", description = "No such appointment of yours")
    public AppointmentJson get(@PathParam("id") long id) {
        return AppointmentJson.of(appointments.find(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an appointment", description = "Send every field and the version you read.")
    @APIResponse(responseCode = "409", description = "Changed by someone else since the version read")
    public AppointmentJson change(@PathParam("id") long id, @NotNull AppointmentRequest request) {
        return AppointmentJson.of(appointments.change(id, TasksResource.version(request.version), draft(request)));
    }

    @POST
    @Path("{id}/move")
    @Operation(summary = "Move or stretch an appointment", description = "The calendar's drag and resize: "
            + "{version, startsAt, endsAt}.")
    @APIResponse(responseCode = "409", description = "Changed by someone else since the version read")
    public AppointmentJson move(@PathParam("id") long id, @NotNull VersionRequest request) {
        return AppointmentJson.of(appointments.reschedule(id, TasksResource.version(request.version),
                TasksResource.required("startsAt", request.startsAt), TasksResource.required("endsAt", request.endsAt)));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Cancel an appointment")
    @APIResponse(responseCode = "204", description = "Cancelled")
    public Response delete(@PathParam("id") long id) {
        appointments.delete(id);
        return Response.noContent().build();
    }

    private static AppointmentDraft draft(AppointmentRequest request) {
        return new AppointmentDraft(request.title, request.location, request.details, request.leadId,
                request.assigneeId, request.startsAt == null ? null : request.startsAt.toInstant(),
                request.endsAt == null ? null : request.endsAt.toInstant(), request.remindMinutesBefore);
    }
}
