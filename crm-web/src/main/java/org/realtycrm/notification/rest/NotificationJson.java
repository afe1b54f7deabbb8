package org.realtycrm.notification.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.realtycrm.notification.entity.Notification;

@Schema(name = "Notification", example = "{\"id\": 12, \"kind\": \"LEAD_ASSIGNED\", \"leadId\": 42, "
        + "\"message\": \"New lead for you: Maria Lopez (routed round-robin)\", \"read\": false, "
        + "\"readAt\": null, \"createdAt\": \"2026-11-21T09:30:00Z\"}")
public record NotificationJson(long id, String kind, Long leadId, String message, boolean read, Instant readAt,
        Instant createdAt) {

    public static NotificationJson of(Notification notification) {
        return new NotificationJson(notification.getId(), notification.getKind().name(), notification.getLeadId(),
                notification.getMessage(), notification.isRead(), notification.getReadAt(),
                notification.getCreatedAt());
    }
}
