package org.realtycrm.campaign.control;

import org.realtycrm.campaign.entity.OutgoingText;
import org.realtycrm.campaign.entity.TextProvider;

/**
 * Stands in for a provider whose settings are wrong or missing (no auth token, no sender): every text is recorded as
 * failed with the reason, retryable, since it goes out once the settings are fixed (and the server restarted). The
 * reason reaches the admin where they look, the outbox and a test text's answer, instead of an error page.
 */
final class UnsendableTextMessenger implements TextMessenger {

    private final TextProvider provider;
    private final String reason;

    UnsendableTextMessenger(TextProvider provider, String reason) {
        this.provider = provider;
        this.reason = "not sent, the SMS settings are incomplete: " + reason;
    }

    @Override
    public TextProvider provider() {
        return provider;
    }

    @Override
    public Delivery send(long outboxId, OutgoingText text) {
        return Delivery.failedForNow(reason);
    }

    @Override
    public String toString() {
        return "UnsendableTextMessenger[" + reason + "]";
    }
}
