package org.realtycrm.task.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.task.boundary.CalendarFeeds;
import org.realtycrm.task.boundary.Calendars;
import org.realtycrm.task.entity.CalendarEntry;

/** Calendars: a span of tasks and appointments, the agent's day, and their private feed address (ADMIN, AGENT). */
@Path("calendar")
@Tag(name = "calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    @Inject
    Calendars calendars;

    @Inject
    CalendarFeeds feeds;

    @GET
    @Operation(summary = "Tasks and appointments of a span", description = "By start; at most 62 days. Agents see "
            + "their own calendar; an admin everyone's, or one agent's with assigneeId.")
    @APIResponse(responseCode = "400", description = "from or to missing or malformed; to not after from; too long")
    public List<CalendarEntryJson> between(
            @Parameter(description = "ISO-8601 with offset", required = true) @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 with offset", required = true) @QueryParam("to") String to,
            @QueryParam("assigneeId") Long assigneeId) {
        return calendars.between(TasksResource.instant("from", from), TasksResource.instant("to", to), assigneeId)
                .stream().map(CalendarEntryJson::of).toList();
    }

    @GET
    @Path("today")
    @Operation(summary = "Your day", description = "Overdue tasks (the oldest 50, and how many), tasks due today "
            + "and today's appointments, in the brokerage's zone.")
    public DayJson today() {
        Calendars.Day day = calendars.today();
        return new DayJson(day.date(), day.zone().getId(), entries(day.overdue()), day.overdueTotal(),
                entries(day.dueToday()), entries(day.appointments()));
    }

    @GET
    @Path("feed")
    @Operation(summary = "Your calendar feed's address", description = "null when you have none. Google Calendar, "
            + "Outlook and phones subscribe to it by its address (no sign-in: keep it private).")
    public FeedJson feed() {
        return new FeedJson(feeds.address().orElse(null));
    }

    @POST
    @Path("feed")
    @Operation(summary = "Make or replace your calendar feed's address", description = "The old address answers "
            + "nothing from now on.")
    public FeedJson renewFeed() {
        return new FeedJson(feeds.renew());
    }

    @DELETE
    @Path("feed")
    @Operation(summary = "Stop your calendar feed")
    @APIResponse(responseCode = "204", description = "Stopped (or there was none)")
    public Response revokeFeed() {
        feeds.revoke();
        return Response.noContent().build();
    }

    private static List<CalendarEntryJson> entries(List<CalendarEntry> entries) {
        return entries.stream().map(CalendarEntryJson::of).toList();
    }

    @Schema(name = "CalendarDay")
    public record DayJson(LocalDate date, String zone, List<CalendarEntryJson> overdue, long overdueTotal,
            List<CalendarEntryJson> dueToday, List<CalendarEntryJson> appointments) {
    }

    @Schema(name = "CalendarFeed")
    public record FeedJson(String address) {
    }
}
