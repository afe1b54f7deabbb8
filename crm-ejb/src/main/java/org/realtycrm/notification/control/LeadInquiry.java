package org.realtycrm.notification.control;

import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;

/**
 * The message on {@code jms/LeadAssigned} when someone an agent's lead already was asks again (a website form, a
 * portal's lead): the lead is not new, but its agent should know at once. The inquiry's audit entry makes the
 * message unique, so a redelivery notifies once.
 *
 * @param what the inquiry in a few words, as the notification says it ("showing request from Website")
 */
public record LeadInquiry(long leadId, long agentId, long activityId, String leadName, String what) {

    static final String TYPE = "lead-inquiry";

    void writeTo(MapMessage message) throws JMSException {
        message.setJMSType(TYPE);
        message.setLong("leadId", leadId);
        message.setLong("agentId", agentId);
        message.setLong("activityId", activityId);
        message.setString("leadName", leadName);
        message.setString("what", what);
    }

    public static boolean isIn(MapMessage message) throws JMSException {
        return TYPE.equals(message.getJMSType());
    }

    public static LeadInquiry readFrom(MapMessage message) throws JMSException {
        return new LeadInquiry(message.getLong("leadId"), message.getLong("agentId"), message.getLong("activityId"),
                message.getString("leadName"), message.getString("what"));
    }

    public String dedupeKey() {
        return "lead-inquiry:activity:" + activityId;
    }
}
