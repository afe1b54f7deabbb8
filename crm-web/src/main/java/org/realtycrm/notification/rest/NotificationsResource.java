package org.realtycrm.notification.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.notification.boundary.Notifications;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.rest.PageJson;

@Path("notifications")
@Tag(name = "notifications", description = "The signed-in user's own notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    public record UnreadCount(long unread) {
    }

    public record Marked(int marked) {
    }

    @Inject
    Notifications notifications;

    @GET
    @Operation(summary = "My notifications, newest first", description = "unread=true lists only the unread ones.")
    public PageJson<NotificationJson> mine(@QueryParam("unread") boolean unreadOnly, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return PageJson.of(notifications.mine(unreadOnly, PageRequest.of(page, size)), NotificationJson::of);
    }

    @GET
    @Path("unread-count")
    @Operation(summary = "How many of my notifications are unread (the bell's number)")
    public UnreadCount unreadCount() {
        return new UnreadCount(notifications.unreadCount());
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one of my notifications read")
    @APIResponse(responseCode = "204", description = "Read")
    @APIResponse(responseCode = "404", description = "No such notification of yours")
    public void markRead(@PathParam("id") long id) {
        notifications.markRead(id);
    }

    @POST
    @Path("read")
    @Operation(summary = "Mark all my notifications read")
    public Marked markAllRead() {
        return new Marked(notifications.markAllRead());
    }
}
