package org.realtycrm.notification.boundary;

import java.time.Instant;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.notification.control.ImportedLeads;
import org.realtycrm.notification.control.LeadAssignment;
import org.realtycrm.notification.control.NotificationsDelivered;
import org.realtycrm.notification.entity.Notification;
import org.realtycrm.notification.entity.NotificationKind;
import org.realtycrm.notification.entity.NotificationRepository;
import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.problem.RecordNotFoundException;

/** Each user's own notifications: read them, mark them read. Delivery comes from the consumers. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.AGENT_NAME, Role.CLIENT_NAME})
public class Notifications {

    @Inject
    NotificationRepository notifications;

    @Inject
    CurrentUser caller;

    @Inject
    Event<NotificationsDelivered> delivered;

    /** Called by {@link LeadAssignedConsumer}, which has no caller identity; not reachable over the API. */
    @PermitAll
    public void deliver(LeadAssignment assignment) {
        store(new Notification(assignment.agentId(), assignment.kind(), assignment.leadId(), assignment.message(),
                assignment.dedupeKey()));
    }

    /** Leads an import or a purchased list routed to one agent in one chunk, as one notification; called by the consumer like the above. */
    @PermitAll
    public void deliver(ImportedLeads imported) {
        String leads = imported.count() == 1 ? "1 new lead" : imported.count() + " new leads";
        store(new Notification(imported.agentId(), NotificationKind.LEADS_IMPORTED, null,
                leads + " from " + imported.origin(), imported.dedupeKey()));
    }

    /** Stores it unless its key was delivered before, and tells the recipient's open screens when it is new. */
    private void store(Notification notification) {
        if (notifications.addOnce(notification)) {
            delivered.fire(new NotificationsDelivered(Set.of(notification.getRecipientId())));
        }
    }

    public Page<Notification> mine(boolean unreadOnly, PageRequest page) {
        return notifications.forRecipient(caller.id(), unreadOnly, page);
    }

    public long unreadCount() {
        return notifications.countUnread(caller.id());
    }

    public void markRead(long id) {
        notifications.find(id, caller.id())
                .orElseThrow(() -> new RecordNotFoundException("notification", id))
                .markRead(Instant.now());
    }

    /** @return how many were unread */
    public int markAllRead() {
        return notifications.markAllRead(caller.id(), Instant.now());
    }
}
