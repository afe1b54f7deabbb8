package org.realtycrm.task.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.platform.problem.RecordNotFoundException;
import org.realtycrm.task.boundary.CalendarFeeds;

/**
 * An agent's calendar feed as calendar apps fetch it: iCalendar text at a secret address, with no sign-in (the
 * secret is the capability). An address that was replaced or stopped is not found.
 */
@Path("calendar/feeds/{secret}.ics")
@Tag(name = "calendar")
public class CalendarFeedResource {

    static final String TEXT_CALENDAR = "text/calendar; charset=utf-8";

    @Inject
    CalendarFeeds feeds;

    // no @Produces: calendar apps send all kinds of Accept headers (or none), and each gets the calendar
    @GET
    @Operation(summary = "A calendar feed (public: the address is the secret)")
    @APIResponse(responseCode = "404", description = "Not a feed's address, or one replaced or stopped")
    public Response read(@PathParam("secret") String secret) {
        String calendar = feeds.read(secret).orElseThrow(() -> new RecordNotFoundException("calendar feed", "address"));
        CacheControl private5 = new CacheControl();
        private5.setPrivate(true);
        private5.setMaxAge(300);
        return Response.ok(calendar, TEXT_CALENDAR).cacheControl(private5)
                .header("Content-Disposition", "inline; filename=\"calendar.ics\"").build();
    }
}
