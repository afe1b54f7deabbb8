package org.realtycrm.campaign.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.realtycrm.campaign.entity.OutboxEntry;

/** A message as the outbox lists it: without its bodies and headers. */
@Schema(name = "OutboxEntry")
public record OutboxEntryJson(long id, Instant createdAt,
        @Schema(description = "what kind of mail: test, alert, invite …") String category,
        String to, String toName, String subject,
        @Schema(description = "the sender's key: the same key is never sent twice") String idempotencyKey,
        @Schema(description = "OUTBOX (kept, not sent) or SENDGRID") String provider,
        @Schema(description = "RECORDED, SENT or FAILED") String status,
        @Schema(description = "the provider's id of the message (SendGrid's X-Message-Id)") String providerMessageId,
        @Schema(description = "the provider's reason for a failure") String error,
        @Schema(description = "whether a failure may be attempted again") boolean retryable,
        int attempts, Instant sentAt) {

    static OutboxEntryJson of(OutboxEntry entry) {
        return new OutboxEntryJson(entry.id(), entry.createdAt(), entry.category(), entry.toAddress(),
                entry.toName(), entry.subject(), entry.idempotencyKey(), entry.provider().name(),
                entry.status().name(), entry.providerMessageId(), entry.error(), entry.retryable(), entry.attempts(),
                entry.sentAt());
    }
}
