package org.realtycrm.campaign.rest;

import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.realtycrm.campaign.entity.OutboxMail;

/** One message of the outbox, with what it said. */
@Schema(name = "OutboxMail")
public record OutboxMailJson(long id, Instant createdAt, Instant updatedAt,
        @Schema(description = "what kind of mail: test, alert, invite …") String category,
        String to, String toName, String subject, String textBody,
        @Schema(description = "null when the message is plain text only") String htmlBody,
        @Schema(description = "the extra headers, such as List-Unsubscribe") Map<String, String> headers,
        @Schema(description = "the sender's key: the same key is never sent twice") String idempotencyKey,
        @Schema(description = "OUTBOX (kept, not sent) or SENDGRID") String provider,
        @Schema(description = "RECORDED, SENT or FAILED") String status,
        @Schema(description = "the provider's id of the message (SendGrid's X-Message-Id)") String providerMessageId,
        @Schema(description = "the provider's reason for a failure") String error,
        @Schema(description = "whether a failure may be attempted again (the provider was busy or unreachable)")
        boolean retryable,
        @Schema(description = "how often it was handed to a sending provider") int attempts,
        Instant sentAt) {

    static OutboxMailJson of(OutboxMail mail) {
        return new OutboxMailJson(mail.getId(), mail.getCreatedAt(), mail.getUpdatedAt(), mail.getCategory(),
                mail.getToAddress(), mail.getToName(), mail.getSubject(), mail.getTextBody(), mail.getHtmlBody(),
                mail.getHeaders(), mail.getIdempotencyKey(), mail.getProvider().name(), mail.getStatus().name(),
                mail.getProviderMessageId(), mail.getError(), mail.isRetryable(), mail.getAttempts(),
                mail.getSentAt());
    }
}
