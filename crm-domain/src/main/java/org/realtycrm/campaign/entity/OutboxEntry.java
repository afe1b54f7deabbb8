package org.realtycrm.campaign.entity;

import java.time.Instant;

/**
 * A message as the outbox lists it: everything but its bodies and headers, which only the message itself opens
 * (a page of entries does not unseal a page of bodies).
 */
public record OutboxEntry(long id, Instant createdAt, String category, String toAddress, String toName,
        String subject, String idempotencyKey, MailProvider provider, MailStatus status, String providerMessageId,
        String error, boolean retryable, int attempts, Instant sentAt) {

    /** Without the recipient, should it ever be logged. */
    @Override
    public String toString() {
        return "OutboxEntry[id=" + id + ", category=" + category + ", " + status + " through " + provider + "]";
    }
}
