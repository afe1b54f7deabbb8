package org.realtycrm.notification.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import org.realtycrm.notification.control.LeadAssignment;

/**
 * Turns each {@code jms/LeadAssigned} message into a notification for the agent. Runs in the container's
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
            notifications.deliver(LeadAssignment.readFrom((MapMessage) message));
        } catch (JMSException e) {
            throw new IllegalStateException("unreadable LeadAssigned message", e);
        }
    }
}
