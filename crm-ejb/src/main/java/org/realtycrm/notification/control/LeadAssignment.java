package org.realtycrm.notification.control;

import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;

/**
 * The message on {@code jms/LeadAssigned}: which lead went to which agent, through which audit entry (the entry
 * makes the message unique, so a redelivered message notifies once), and words for the notification.
 */
public record LeadAssignment(long leadId, long agentId, long activityId, String leadName, String how) {

    void writeTo(MapMessage message) throws JMSException {
        message.setLong("leadId", leadId);
        message.setLong("agentId", agentId);
        message.setLong("activityId", activityId);
        message.setString("leadName", leadName);
        message.setString("how", how);
    }

    public static LeadAssignment readFrom(MapMessage message) throws JMSException {
        return new LeadAssignment(message.getLong("leadId"), message.getLong("agentId"),
                message.getLong("activityId"), message.getString("leadName"), message.getString("how"));
    }

    public String dedupeKey() {
        return "lead-assigned:activity:" + activityId;
    }
}
