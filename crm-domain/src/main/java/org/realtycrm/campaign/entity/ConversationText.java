package org.realtycrm.campaign.entity;

import java.time.Instant;

/** One text of a lead's conversation: ours (with how it fared) or theirs, as the conversation view shows it. */
public record ConversationText(boolean inbound, long id, Instant at, String phone, String body, String status,
        String category, String refusal, String carrierStatus, String error) {

    public static ConversationText of(OutboxText text) {
        return new ConversationText(false, text.getId(), text.getCreatedAt(), text.getToPhone(), text.getBody(),
                text.getStatus().name(), text.getCategory(), text.getRefusal(), text.getCarrierStatus(),
                text.getError());
    }

    public static ConversationText of(InboundText text) {
        return new ConversationText(true, text.getId(), text.getReceivedAt(), text.getFromPhone(), text.getBody(),
                "RECEIVED", text.getKeyword().name(), null, null, null);
    }
}
