package org.realtycrm.campaign.control;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

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
import jakarta.jms.QueueBrowser;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.campaign.entity.StepAction;

/**
 * Puts campaign sends on {@code jms/OutboundMessage}, persistent, in the caller's transaction: a send is queued in the
 * database exactly when its message is in the broker (the broker's branch is XA). A message names a few sends by id;
 * the sender works each on its own, so a redelivered message repeats nothing that was done.
 */
@ApplicationScoped
public class SendQueue {

    /** The map message's entries: the send ids, comma-separated, and their channel (a {@link StepAction}). */
    public static final String SENDS = "sends";
    public static final String ACTION = "action";

    @Inject
    @JMSConnectionFactory("jms/crmConnectionFactory")
    JMSContext jms;

    @Resource(lookup = "jms/OutboundMessage")
    Queue outbound;

    @Inject
    @ConfigProperty(name = CampaignSettings.SENDS_PER_MESSAGE, defaultValue = "20")
    int perMessage;

    /**
     * Queues sends of one channel, a few to a message. The message names the channel ({@link #ACTION}): its consumer
     * waits for that provider's rate before it works each send, holding no transaction or lock while it waits.
     */
    public void publish(StepAction action, List<Long> sendIds) {
        if (!action.sendsMessage()) {
            throw new IllegalArgumentException(action + " is not sent through the queue");
        }
        for (int from = 0; from < sendIds.size(); from += perMessage) {
            StringJoiner ids = new StringJoiner(",");
            sendIds.subList(from, Math.min(sendIds.size(), from + perMessage)).forEach(id -> ids.add(id.toString()));
            try {
                MapMessage message = jms.createMapMessage();
                message.setString(ACTION, action.name());
                message.setString(SENDS, ids.toString());
                jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(outbound, message);
            } catch (JMSException e) {
                throw new JMSRuntimeException("cannot queue campaign sends " + ids, null, e);
            }
        }
    }

    /** Queues sends of any channels, grouped by channel. */
    public void publish(Map<StepAction, List<Long>> sendIds) {
        sendIds.forEach(this::publish);
    }

    /**
     * Whether no message waits in the queue (browsed: nothing is taken). A queued send with no message left for it
     * was lost; while messages wait, it may be in one of them.
     */
    public boolean isEmpty() {
        try (QueueBrowser browser = jms.createBrowser(outbound)) {
            return !browser.getEnumeration().hasMoreElements();
        } catch (JMSException e) {
            throw new JMSRuntimeException("cannot browse jms/OutboundMessage", null, e);
        }
    }

    /** The send ids a message names. */
    public static List<Long> idsOf(String ids) {
        return ids == null || ids.isBlank() ? List.of()
                : Arrays.stream(ids.split(",")).map(String::strip).map(Long::valueOf).toList();
    }
}
