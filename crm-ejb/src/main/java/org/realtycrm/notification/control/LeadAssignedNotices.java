package org.realtycrm.notification.control;

import java.util.Collection;

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
import org.realtycrm.notification.entity.NotificationKind;

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
        send(new LeadAssignment(NotificationKind.LEAD_ASSIGNED, lead.getId(), agent.getId(), activityId,
                lead.fullName(), how));
    }

    /**
     * Tells a lead's agent that the lead asked again through an inbound inquiry.
     *
     * @param what the inquiry in a few words ("showing request from Website")
     */
    public void announceInquiry(Lead lead, long agentId, long activityId, String what) {
        send(new LeadAssignment(NotificationKind.LEAD_INQUIRY, lead.getId(), agentId, activityId, lead.fullName(),
                what));
    }

    /** Tells a lead's agent that the lead texted (not what: notifications are not sealed; the conversation is). */
    public void announceText(Lead lead, long agentId, long activityId) {
        send(new LeadAssignment(NotificationKind.TEXT_RECEIVED, lead.getId(), agentId, activityId, lead.fullName(),
                "a text"));
    }

    /** Tells a lead's agent that the lead emailed (not what: notifications are not sealed; the timeline is). */
    public void announceEmail(Lead lead, long agentId, long activityId) {
        send(new LeadAssignment(NotificationKind.EMAIL_RECEIVED, lead.getId(), agentId, activityId, lead.fullName(),
                "an email"));
    }

    /**
     * Tells each member of a pond that a lead landed in it.
     *
     * @param how how it arrived ("put in pond Austin by rule “Downtown”")
     */
    public void announceInPond(Lead lead, Collection<Long> memberIds, long activityId, String how) {
        memberIds.forEach(member -> send(new LeadAssignment(NotificationKind.LEAD_IN_POND, lead.getId(), member,
                activityId, lead.fullName(), how)));
    }

    /**
     * Tells the admins that a lead was not contacted in time and moved on.
     *
     * @param what what happened ("Ana Lopez had 10 minutes; now with Bob Chen")
     */
    public void announceMissed(Lead lead, Collection<Long> adminIds, long activityId, String what) {
        adminIds.forEach(admin -> send(new LeadAssignment(NotificationKind.SPEED_TO_LEAD_MISSED, lead.getId(), admin,
                activityId, lead.fullName(), what)));
    }

    private void send(LeadAssignment notice) {
        try {
            MapMessage message = jms.createMapMessage();
            notice.writeTo(message);
            send(message);
        } catch (JMSException e) {
            throw new JMSRuntimeException("cannot announce " + notice.kind() + " of lead " + notice.leadId(), null, e);
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
