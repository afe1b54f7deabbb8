package org.realtycrm.campaign.control;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Sends a keyword's reply once the request that took the keyword in has committed: a reply never goes for an opt-out
 * that was not recorded. A reply that fails stays in the outbox with its error; the opt-out holds either way.
 */
@ApplicationScoped
public class KeywordReplySender {

    private static final Logger LOG = Logger.getLogger(KeywordReplySender.class.getName());

    @Inject
    TextOutbox outbox;

    public void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) KeywordReply reply) {
        try {
            outbox.replyTo(reply.received(), reply.category(), reply.body());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the " + reply.category() + " reply to inbound text "
                    + reply.received().getMessageSid() + " was not sent", e);
        }
    }
}
