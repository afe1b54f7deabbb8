package org.realtycrm.notification.control;

import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;

import org.realtycrm.notification.entity.NotificationKind;

/**
 * The message on {@code jms/LeadAssigned} about one lead for one agent: the lead went to them
 * ({@link NotificationKind#LEAD_ASSIGNED}), their lead asked again through an inbound inquiry
 * ({@link NotificationKind#LEAD_INQUIRY}), texted ({@link NotificationKind#TEXT_RECEIVED}) or emailed
 * ({@link NotificationKind#EMAIL_RECEIVED}); a lead landed in their pond ({@link NotificationKind#LEAD_IN_POND}); a lead
 * was not contacted in time ({@link NotificationKind#SPEED_TO_LEAD_MISSED}, to admins). The audit entry makes the message unique, so a redelivered message
 * notifies once; {@code how} is the few words the notification says it with.
 */
public record LeadAssignment(NotificationKind kind, long leadId, long agentId, long activityId, String leadName,
        String how) {

    void writeTo(MapMessage message) throws JMSException {
        message.setString("kind", kind.name());
        message.setLong("leadId", leadId);
        message.setLong("agentId", agentId);
        message.setLong("activityId", activityId);
        message.setString("leadName", leadName);
        message.setString("how", how);
    }

    public static LeadAssignment readFrom(MapMessage message) throws JMSException {
        // a message queued by the version before inquiries is an assignment
        NotificationKind kind = message.itemExists("kind") ? NotificationKind.valueOf(message.getString("kind"))
                : NotificationKind.LEAD_ASSIGNED;
        return new LeadAssignment(kind, message.getLong("leadId"), message.getLong("agentId"),
                message.getLong("activityId"), message.getString("leadName"), message.getString("how"));
    }

    /** The notification's words. */
    public String message() {
        return switch (kind) {
            case LEAD_INQUIRY -> leadName + " asked again: " + how;
            case TEXT_RECEIVED, EMAIL_RECEIVED -> leadName + " sent you " + how;
            case LEAD_IN_POND -> "New lead to claim: " + leadName + " (" + how + "): the first to claim it gets it";
            case SPEED_TO_LEAD_MISSED -> leadName + " was not contacted in time: " + how;
            default -> "New lead for you: " + leadName + " (" + how + ")";
        };
    }

    public String dedupeKey() {
        return switch (kind) {
            case LEAD_INQUIRY -> "lead-inquiry";
            case TEXT_RECEIVED -> "text-received";
            case EMAIL_RECEIVED -> "email-received";
            // one activity tells several people (a pond's members, the admins): each once
            case LEAD_IN_POND -> "lead-in-pond:agent:" + agentId;
            case SPEED_TO_LEAD_MISSED -> "speed-to-lead:agent:" + agentId;
            default -> "lead-assigned";
        } + ":activity:" + activityId;
    }
}
