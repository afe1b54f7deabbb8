package org.realtycrm.campaign.control;

import org.realtycrm.campaign.entity.MailProvider;
import org.realtycrm.campaign.entity.OutgoingMail;

/**
 * Stands in for a provider whose settings are wrong or missing (no API key, no sender): every message is recorded
 * as failed with the reason, retryable, since it goes out once the settings are fixed (and the server restarted).
 * The reason reaches the admin where they look, the test email's answer, instead of an error page.
 */
final class UnsendableMailer implements Mailer {

    private final MailProvider provider;
    private final String reason;

    UnsendableMailer(MailProvider provider, String reason) {
        this.provider = provider;
        this.reason = "not sent, the mail settings are incomplete: " + reason;
    }

    @Override
    public MailProvider provider() {
        return provider;
    }

    @Override
    public Delivery send(long outboxId, OutgoingMail mail) {
        return Delivery.failedForNow(reason);
    }

    @Override
    public String toString() {
        return "UnsendableMailer[" + reason + "]";
    }
}
