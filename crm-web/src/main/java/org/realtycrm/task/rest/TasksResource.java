package org.realtycrm.task.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.rest.Enums;
import org.realtycrm.platform.rest.PageJson;
import org.realtycrm.task.boundary.Tasks;
import org.realtycrm.task.entity.Recurrence;
import org.realtycrm.task.entity.TaskDraft;
import org.realtycrm.task.entity.TaskKind;
import org.realtycrm.task.entity.TaskQuery;

/** Tasks: what agents are to do by when (ADMIN, AGENT; an agent sees and sets their own). */
@Path("tasks")
@Tag(name = "calendar")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TasksResource {

    @Inject
    Tasks tasks;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Set a task", description = "On a lead you may see, or of its own. A lead's task shows on "
            + "its timeline.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = TaskJson.class)))
    @APIResponse(responseCode = "400", description = "Field errors: kind, title, details, leadId, assigneeId, dueAt, "
            + "remindMinutesBefore, recurrence")
    @APIResponse(responseCode = "403", description = "An agent named someone else as the assignee")
    public Response create(@NotNull TaskRequest request) {
        TaskJson created = TaskJson.of(tasks.create(draft(request)));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Operation(summary = "List tasks", description = "By due time. Agents see only their own.")
    public PageJson<TaskJson> list(@QueryParam("assigneeId") Long assigneeId, @QueryParam("leadId") Long leadId,
            @Parameter(description = "true: open only; false: done only; left out: both") @QueryParam("open")
            Boolean open,
            @Parameter(description = "Due at or after (ISO-8601)") @QueryParam("dueFrom") String dueFrom,
            @Parameter(description = "Due before (ISO-8601)") @QueryParam("dueTo") String dueTo,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        TaskQuery query = new TaskQuery(assigneeId, leadId, open, instant("dueFrom", dueFrom), instant("dueTo", dueTo));
        return PageJson.of(tasks.search(query, PageRequest.of(page, size)), TaskJson::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One task")
    @APIResponse(responseCode = "404", description = "No such task of yours")
    public TaskJson get(@PathParam("id") long id) {
        return TaskJson.of(tasks.find(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a task", description = "Send every field and the version you read. A done task is "
            + "reopened first.")
    @APIResponse(responseCode = "409", description = "Changed by someone else since the version read")
    @APIResponse(responseCode = "422", description = "The task is done")
    public TaskJson change(@PathParam("id") long id, @NotNull TaskRequest request) {
        return TaskJson.of(tasks.change(id, version(request.version), draft(request)));
    }

    @POST
    @Path("{id}/move")
    @Operation(summary = "Move a task to another time", description = "The calendar's drag: {version, dueAt}.")
    @APIResponse(responseCode = "409", description = "Changed by someone else since the version read")
    public TaskJson move(@PathParam("id") long id, @NotNull VersionRequest request) {
        return TaskJson.of(tasks.move(id, version(request.version), required("dueAt", request.dueAt)));
    }

    @POST
    @Path("{id}/complete")
    @Operation(summary = "Mark a task done", description = "Answers the task and, for a recurring one, the next "
            + "occurrence it made: {done, next}.")
    @APIResponse(responseCode = "409", description = "Changed by someone else since the version read")
    @APIResponse(responseCode = "422", description = "Done already")
    public CompletionJson complete(@PathParam("id") long id, @NotNull VersionRequest request) {
        Tasks.Completion completion = tasks.complete(id, version(request.version));
        return new CompletionJson(TaskJson.of(completion.done()), completion.next().map(TaskJson::of).orElse(null));
    }

    @POST
    @Path("{id}/reopen")
    @Operation(summary = "Make a done task open again")
    @APIResponse(responseCode = "422", description = "Not done")
    public TaskJson reopen(@PathParam("id") long id, @NotNull VersionRequest request) {
        return TaskJson.of(tasks.reopen(id, version(request.version)));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a task")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id) {
        tasks.delete(id);
        return Response.noContent().build();
    }

    /** A task done, and the next occurrence of its series if it recurs. */
    @Schema(name = "TaskCompletion")
    public record CompletionJson(TaskJson done, TaskJson next) {
    }

    private static TaskDraft draft(TaskRequest request) {
        return new TaskDraft(Enums.parse("kind", TaskKind.class, request.kind), request.title, request.details,
                request.leadId, request.assigneeId, request.dueAt == null ? null : request.dueAt.toInstant(),
                request.remindMinutesBefore, Enums.parse("recurrence", Recurrence.class, request.recurrence));
    }

    static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "is required: send the version you read");
        }
        return version;
    }

    static Instant required(String field, OffsetDateTime time) {
        if (time == null) {
            throw new InvalidInputException(field, "must be given");
        }
        return time.toInstant();
    }

    /** An ISO-8601 time with its offset ("2026-12-07T09:00:00-05:00", "2026-12-07T14:00:00Z"). */
    static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be an ISO-8601 time with its offset, e.g. "
                    + "2026-12-07T09:00:00-05:00");
        }
    }
}
