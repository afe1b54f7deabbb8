package org.realtycrm.campaign.boundary;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import org.realtycrm.campaign.control.CampaignSender;
import org.realtycrm.campaign.control.SendPacing;
import org.realtycrm.campaign.control.SendQueue;
import org.realtycrm.campaign.entity.StepAction;

/**
 * Works the campaign sends a {@code jms/OutboundMessage} message names, each in a transaction of its own (a provider
 * may take seconds, and one send's failure is not another's). Without a transaction of its own, the message is
 * acknowledged when every send was worked: a server that dies first gets it again, and finds the sends it had
 * settled settled. A send that throws leaves the message to be redelivered; after the broker's redeliveries the
 * ticker queues the send again as stale.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/OutboundMessage"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "connectionFactoryLookup", propertyValue = "jms/crmConnectionFactory"),
        // at most 8 messages worked at once per server (the broker's resource adapter's endpoints): each
        // send holds up to three of the pool's 40 connections (its row's lock, the outbox's record, the gate's reads),
        // and the providers' rates, not threads, set the pace
        @ActivationConfigProperty(propertyName = "endpointPoolMaxSize", propertyValue = "8")})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboundMessageConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(OutboundMessageConsumer.class.getName());

    @Inject
    CampaignSender sender;

    @Inject
    SendPacing pacing;

    @Override
    public void onMessage(Message message) {
        String ids;
        StepAction action;
        try {
            ids = ((MapMessage) message).getString(SendQueue.SENDS);
            action = StepAction.valueOf(((MapMessage) message).getString(SendQueue.ACTION));
        } catch (JMSException | ClassCastException | IllegalArgumentException | NullPointerException e) {
            // not ours to read: dropped, said once (redelivering it would fail the same way)
            LOG.log(Level.SEVERE, "an unreadable message on jms/OutboundMessage was dropped", e);
            return;
        }
        RuntimeException first = null;
        for (long id : SendQueue.idsOf(ids)) {
            try {
                // the provider's rate is waited for here, outside any transaction: no connection or row lock is
                // held while the bucket refills
                pacing.awaitTurn(action);
                sender.work(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "campaign send " + id + " failed; its message is delivered again", e);
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
