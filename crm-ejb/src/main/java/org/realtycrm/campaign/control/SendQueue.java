package org.realtycrm.campaign.control;

import java.util.Arrays;
import java.util.List;
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

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts campaign sends on {@code jms/OutboundMessage}, persistent, in the caller's transaction: a send is queued in the
 * database exactly when its message is in the broker (the broker's branch is XA). A message names a few sends by id;
 * the sender works each on its own, so a redelivered message repeats nothing that was done.
 */
@ApplicationScoped
public class SendQueue {

    /** The map message's one entry: the send ids, comma-separated. */
    public static final String SENDS = "sends";

    @Inject
    @JMSConnectionFactory("jms/crmConnectionFactory")
    JMSContext jms;

    @Resource(lookup = "jms/OutboundMessage")
    Queue outbound;

    @Inject
    @ConfigProperty(name = CampaignSettings.SENDS_PER_MESSAGE, defaultValue = "20")
    int perMessage;

    public void publish(List<Long> sendIds) {
        for (int from = 0; from < sendIds.size(); from += perMessage) {
            StringJoiner ids = new StringJoiner(",");
            sendIds.subList(from, Math.min(sendIds.size(), from + perMessage)).forEach(id -> ids.add(id.toString()));
            try {
                MapMessage message = jms.createMapMessage();
                message.setString(SENDS, ids.toString());
                jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(outbound, message);
            } catch (JMSException e) {
                throw new JMSRuntimeException("cannot queue campaign sends " + ids, null, e);
            }
        }
    }

    /** The send ids a message names. */
    public static List<Long> idsOf(String ids) {
        return ids == null || ids.isBlank() ? List.of()
                : Arrays.stream(ids.split(",")).map(String::strip).map(Long::valueOf).toList();
    }
}
