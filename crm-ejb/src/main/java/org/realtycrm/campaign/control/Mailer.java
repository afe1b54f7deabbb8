package org.realtycrm.campaign.control;

import org.realtycrm.campaign.entity.MailProvider;
import org.realtycrm.campaign.entity.OutgoingMail;

/**
 * The port through which the product's mail leaves: one message to one recipient, handed to a provider. Adapters:
 * {@link OutboxMailer} (the local default: keeps it, sends nothing) and {@link SendGridMailer}; {@link Mailers}
 * makes the one the configuration names.
 *
 * <p>Callers do not use it directly: {@link MailOutbox} records every message first (so it carries its outbox id
 * here), keeps the idempotency rule and records the answer.
 */
public interface Mailer extends AutoCloseable {

    /** Who this adapter hands mail to, as the outbox records it. */
    MailProvider provider();

    /**
     * Hands one recorded message to the provider. Never throws for what the provider says or for a network failure:
     * the answer tells (accepted, refused for good, or failed for now and worth trying again).
     *
     * @param outboxId the message's record, which the provider is given to report back against
     */
    Delivery send(long outboxId, OutgoingMail mail);

    /** Releases what the adapter holds (connections); nothing by default. */
    @Override
    default void close() {
    }
}
