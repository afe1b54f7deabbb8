package org.realtycrm.campaign.control;

import java.util.logging.Logger;

import org.realtycrm.campaign.entity.OutgoingText;
import org.realtycrm.campaign.entity.TextProvider;

/**
 * The local default ({@code crm.sms.provider=outbox}): the outbox's record is all there is, nothing is sent. The
 * product runs on a laptop without a Twilio account (and texts no real phone from a test database), and what it would
 * have sent is read in the outbox.
 */
public final class OutboxTextMessenger implements TextMessenger {

    private static final Logger LOG = Logger.getLogger(OutboxTextMessenger.class.getName());

    @Override
    public TextProvider provider() {
        return TextProvider.OUTBOX;
    }

    @Override
    public Delivery send(long outboxId, OutgoingText text) {
        LOG.fine(() -> "outbox text " + outboxId + " kept, not sent: " + SmsSettings.PROVIDER + " is outbox");
        return Delivery.kept();
    }

    @Override
    public String toString() {
        return "OutboxTextMessenger[texts are recorded in the outbox and not sent]";
    }
}
