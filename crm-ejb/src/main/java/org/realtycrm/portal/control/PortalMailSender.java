package org.realtycrm.portal.control;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.realtycrm.campaign.control.MailOutbox;
import org.realtycrm.campaign.entity.OutboxMail;

/**
 * Sends the portal's account messages after their transaction committed. A message that fails is in the outbox
 * with its error (an admin sees it); the client can ask again (signing in to an unconfirmed account sends a new link).
 */
@ApplicationScoped
public class PortalMailSender {

    private static final Logger LOG = Logger.getLogger(PortalMailSender.class.getName());

    @Inject
    MailOutbox outbox;

    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) PortalMail message) {
        try {
            OutboxMail sent = outbox.send(message.mail());
            LOG.fine(() -> message.mail().category() + " mail " + sent.getId() + ": " + sent.getStatus());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a " + message.mail().category() + " mail could not be recorded: " + e, e);
        }
    }
}
