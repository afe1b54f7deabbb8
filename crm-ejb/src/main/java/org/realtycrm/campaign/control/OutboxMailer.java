package org.realtycrm.campaign.control;

import java.util.logging.Logger;

import org.realtycrm.campaign.entity.MailProvider;
import org.realtycrm.campaign.entity.OutgoingMail;

/**
 * The local default ({@code crm.mail.provider=outbox}): the outbox's record is all there is, nothing is sent. The
 * product runs on a laptop without a mail account, and what it would have sent is read in the outbox
 * ({@code GET /api/v1/outbox/{id}}).
 */
public final class OutboxMailer implements Mailer {

    private static final Logger LOG = Logger.getLogger(OutboxMailer.class.getName());

    @Override
    public MailProvider provider() {
        return MailProvider.OUTBOX;
    }

    @Override
    public Delivery send(long outboxId, OutgoingMail mail) {
        LOG.fine(() -> "outbox mail " + outboxId + " (" + mail.category() + ") kept, not sent: crm.mail.provider is "
                + "outbox");
        return Delivery.kept();
    }

    @Override
    public String toString() {
        return "OutboxMailer[mail is recorded in the outbox and not sent]";
    }
}
