package org.realtycrm.campaign.entity;

import java.util.Locale;

/** Who handled a text message: the outbox alone (kept, not sent) or a provider that sends it. */
public enum TextProvider {
    /** The local default: the text is recorded in the outbox and nothing is sent. */
    OUTBOX,
    /** Twilio's Programmable Messaging API. */
    TWILIO;

    /** The value of {@code crm.sms.provider}: {@code outbox} or {@code twilio}. */
    public String setting() {
        return name().toLowerCase(Locale.ROOT);
    }
}
