package org.realtycrm.notification.control;

import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;

/**
 * The message on {@code jms/LeadAssigned} for leads an import routed to one agent in one chunk: one message per
 * agent and chunk instead of one per lead. The dedupe key names the import, the chunk and the agent, so a chunk
 * re-run after a crash, or a redelivery, notifies once.
 */
public record ImportedLeads(long agentId, int count, long importId, String fileName, String dedupeKey) {

    static final String TYPE = "leads-imported";

    void writeTo(MapMessage message) throws JMSException {
        message.setJMSType(TYPE);
        message.setLong("agentId", agentId);
        message.setInt("count", count);
        message.setLong("importId", importId);
        message.setString("fileName", fileName);
        message.setString("dedupeKey", dedupeKey);
    }

    /** Whether a message on the queue is one of these (the others are single {@link LeadAssignment}s). */
    public static boolean isIn(MapMessage message) throws JMSException {
        return TYPE.equals(message.getJMSType());
    }

    public static ImportedLeads readFrom(MapMessage message) throws JMSException {
        return new ImportedLeads(message.getLong("agentId"), message.getInt("count"), message.getLong("importId"),
                message.getString("fileName"), message.getString("dedupeKey"));
    }
}
