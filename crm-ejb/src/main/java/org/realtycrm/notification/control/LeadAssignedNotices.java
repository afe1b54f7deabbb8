package org.realtycrm.notification.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MapMessage;
import jakarta.jms.Queue;

import org.realtycrm.identity.entity.User;
import org.realtycrm.lead.entity.Lead;

/**
 * Announces an assignment on {@code jms/LeadAssigned}. The message is persistent and sent in the caller's
 * transaction: it exists exactly when the assignment committed, and survives a server restart until consumed.
 */
@ApplicationScoped
public class LeadAssignedNotices {

    @Inject
    @JMSConnectionFactory("jms/crmConnectionFactory")
    JMSContext jms;

    @Resource(lookup = "jms/LeadAssigned")
    Queue leadAssigned;

    /** @param how a few words on how the lead arrived ("assigned by Ana", "routed round-robin") */
    public void announce(Lead lead, User agent, long activityId, String how) {
        String name = lead.fullName();
        LeadAssignment assignment = new LeadAssignment(lead.getId(), agent.getId(), activityId, name, how);
        try {
            MapMessage message = jms.createMapMessage();
            assignment.writeTo(message);
            send(message);
        } catch (JMSException e) {
            throw new JMSRuntimeException("cannot announce the assignment of lead " + lead.getId(), null, e);
        }
    }

    /** Tells a lead's agent that the lead asked again (see {@link LeadInquiry}). */
    public void announceInquiry(Lead lead, long agentId, long activityId, String what) {
        try {
            MapMessage message = jms.createMapMessage();
            new LeadInquiry(lead.getId(), agentId, activityId, lead.fullName(), what).writeTo(message);
            send(message);
        } catch (JMSException e) {
            throw new JMSRuntimeException("cannot announce the inquiry of lead " + lead.getId(), null, e);
        }
    }

    /**
     * Leads an import gave one agent in one chunk: one message for all of them.
     *
     * @param origin where they came from, as the notification says it ("import 7 (leads.csv)")
     */
    public void announceImported(long agentId, int count, String origin, String dedupeKey) {
        try {
            MapMessage message = jms.createMapMessage();
            new ImportedLeads(agentId, count, origin, dedupeKey).writeTo(message);
            send(message);
        } catch (JMSException e) {
            throw new JMSRuntimeException("cannot announce the leads of " + origin, null, e);
        }
    }

    private void send(MapMessage message) {
        jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(leadAssigned, message);
    }
}
