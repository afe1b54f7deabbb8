package org.realtycrm.notification.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import org.realtycrm.notification.control.ImportedLeads;
import org.realtycrm.notification.control.LeadAssignment;

/**
 * Turns each {@code jms/LeadAssigned} message (one assignment or a known lead's new inquiry, or an import's leads for one agent) into a
 * notification for the agent. Runs in the container's
 * transaction: if storing fails, the message is redelivered; if it was stored, a redelivery is ignored.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/LeadAssigned"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "connectionFactoryLookup", propertyValue = "jms/crmConnectionFactory")})
public class LeadAssignedConsumer implements MessageListener {

    @Inject
    Notifications notifications;

    @Override
    public void onMessage(Message message) {
        try {
            MapMessage map = (MapMessage) message;
            if (ImportedLeads.isIn(map)) {
                notifications.deliver(ImportedLeads.readFrom(map));
            } else {
                notifications.deliver(LeadAssignment.readFrom(map));
            }
        } catch (JMSException e) {
            throw new IllegalStateException("unreadable LeadAssigned message", e);
        }
    }
}
