package org.realtycrm.campaign.control;

import org.realtycrm.campaign.entity.OutgoingText;
import org.realtycrm.campaign.entity.TextProvider;

/**
 * The port through which the product's text messages (SMS) leave: one text to one number, handed to a provider.
 * Adapters: {@link OutboxTextMessenger} (the local default: keeps it, sends nothing) and {@link TwilioTextMessenger};
 * {@link TextMessengers} makes the one the configuration names. The mail port, {@link Mailer}, works alike.
 *
 * <p>Callers do not use it directly: the text outbox records every text first (so it carries its outbox id here),
 * keeps the idempotency rule, the consent and quiet-hours checks, and records the answer.
 */
public interface TextMessenger extends AutoCloseable {

    /** Who this adapter hands texts to, as the outbox records it. */
    TextProvider provider();

    /**
     * Hands one recorded text to the provider. Never throws for what the provider says or for a network failure:
     * the answer tells (accepted, refused for good, perhaps because the recipient opted out
     * ({@link Delivery#recipientOptedOut()}), or failed for now and worth trying again).
     *
     * @param outboxId the text's record, for the logs (the provider reports back against its own message id)
     */
    Delivery send(long outboxId, OutgoingText text);

    /** Releases what the adapter holds (connections); nothing by default. */
    @Override
    default void close() {
    }
}
