package org.realtycrm.campaign.entity;

import java.util.Locale;

/** Who handled a message: the outbox alone (kept, not sent) or a provider that sends it. */
public enum MailProvider {
    /** The local default: the message is recorded in the outbox and nothing is sent. */
    OUTBOX,
    /** Twilio SendGrid's v3 mail send API. */
    SENDGRID;

    /** The value of {@code crm.mail.provider}: {@code outbox} or {@code sendgrid}. */
    public String setting() {
        return name().toLowerCase(Locale.ROOT);
    }
}
