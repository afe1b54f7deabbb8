package org.realtycrm.platform.metrics;

import java.util.Enumeration;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The messages waiting in the built-in broker, counted by browsing at each scrape: {@code crm.jms.queue.depth} for
 * {@code jms/LeadAssigned} and {@code jms/OutboundMessage} (label {@code queue}; a campaign's message names up to
 * {@code crm.campaign.sends-per-message} sends), and {@code crm.jms.dead.letters}, the messages in OpenMQ's dead
 * message queue {@code mq.sys.dmq}, where the broker puts a message that its consumer failed on too often (or that
 * expired). Browsing neither takes nor changes a message. A queue that cannot be read answers -1.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class QueueDepths {

    /** OpenMQ's dead message queue: one per broker, always present. */
    public static final String DEAD_MESSAGE_QUEUE = "mq.sys.dmq";
    /** More than this many is "a lot"; browsing stops counting there rather than read a huge queue every scrape. */
    static final int MOST_COUNTED = 100_000;

    private static final Logger LOG = Logger.getLogger(QueueDepths.class.getName());

    @Resource(lookup = "jms/crmConnectionFactory")
    ConnectionFactory factory;

    @Resource(lookup = "jms/LeadAssigned")
    Queue leadAssigned;

    @Resource(lookup = "jms/OutboundMessage")
    Queue outboundMessage;

    @Inject
    MetricRegistry metrics;

    @PostConstruct
    void register() {
        metrics.gauge(Metadata.builder().withName("crm.jms.queue.depth")
                .withDescription("Messages waiting in a JMS queue (label queue), at most " + MOST_COUNTED
                        + "; -1 when it cannot be read").build(),
                () -> count(leadAssigned), new Tag("queue", queueName(leadAssigned)));
        metrics.gauge(Metadata.builder().withName("crm.jms.queue.depth")
                .withDescription("Messages waiting in a JMS queue (label queue), at most " + MOST_COUNTED
                        + "; -1 when it cannot be read").build(),
                () -> count(outboundMessage), new Tag("queue", queueName(outboundMessage)));
        metrics.gauge(Metadata.builder().withName("crm.jms.dead.letters")
                .withDescription("Messages in the broker's dead message queue " + DEAD_MESSAGE_QUEUE
                        + " (undeliverable after their retries, or expired); -1 when it cannot be read").build(),
                this::countDeadLetters);
    }

    private long countDeadLetters() {
        try (JMSContext context = factory.createContext()) {
            return count(context, context.createQueue(DEAD_MESSAGE_QUEUE));
        } catch (JMSRuntimeException e) {
            return unreadable(DEAD_MESSAGE_QUEUE, e);
        }
    }

    private long count(Queue queue) {
        try (JMSContext context = factory.createContext()) {
            return count(context, queue);
        } catch (JMSRuntimeException e) {
            return unreadable(queueName(queue), e);
        }
    }

    private static long count(JMSContext context, Queue queue) {
        try (QueueBrowser browser = context.createBrowser(queue)) {
            Enumeration<?> messages = browser.getEnumeration();
            long count = 0;
            while (count < MOST_COUNTED && messages.hasMoreElements()) {
                messages.nextElement();
                count++;
            }
            return count;
        } catch (JMSException e) {
            return unreadable(queueName(queue), e);
        }
    }

    private static long unreadable(String queue, Exception e) {
        LOG.log(Level.WARNING, "cannot browse the JMS queue " + queue + " for its depth", e);
        return -1;
    }

    private static String queueName(Queue queue) {
        try {
            return queue.getQueueName();
        } catch (JMSException e) {
            return String.valueOf(queue);
        }
    }
}
