package org.realtycrm.notification.control;

import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;

/**
 * The message on {@code jms/LeadAssigned} for leads an import (a CSV file of leads, or a purchased list) routed to
 * one agent in one chunk: one message per agent and chunk instead of one per lead. The dedupe key names the import,
 * the chunk and the agent, so a chunk re-run after a crash, or a redelivery, notifies once.
 *
 * @param origin where the leads came from, as the notification says it ("import 7 (leads.csv)")
 */
public record ImportedLeads(long agentId, int count, String origin, String dedupeKey) {

    static final String TYPE = "leads-imported";

    void writeTo(MapMessage message) throws JMSException {
        message.setJMSType(TYPE);
        message.setLong("agentId", agentId);
        message.setInt("count", count);
        message.setString("origin", origin);
        message.setString("dedupeKey", dedupeKey);
    }

    /** Whether a message on the queue is one of these (the others are single {@link LeadAssignment}s). */
    public static boolean isIn(MapMessage message) throws JMSException {
        return TYPE.equals(message.getJMSType());
    }

    public static ImportedLeads readFrom(MapMessage message) throws JMSException {
        // a message queued by the version before "origin" names its import by id and file
        String origin = message.itemExists("origin") ? message.getString("origin")
                : "import " + message.getLong("importId") + " (" + message.getString("fileName") + ")";
        return new ImportedLeads(message.getLong("agentId"), message.getInt("count"), origin,
                message.getString("dedupeKey"));
    }
}
